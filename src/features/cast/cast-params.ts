import { searchSortParams, type SearchSortParams } from '../../lib/search-params.ts'

export const CAST_SORTS = ['billing', 'actor', 'character'] as const
export type CastSort = (typeof CAST_SORTS)[number]
export type CastParams = SearchSortParams<CastSort>

/** `/films/:id/cast?q=&sort=`: any input gives valid params; billing order is the default. */
export const { parse: parseCastParams, serialize: serializeCastParams } = searchSortParams(
  CAST_SORTS,
  'billing',
)

import { searchSortParams, type SearchSortParams } from '../../lib/search-params.ts'

export const CATALOG_SORTS = ['title', 'year', 'rating'] as const
export type CatalogSort = (typeof CATALOG_SORTS)[number]
export type CatalogParams = SearchSortParams<CatalogSort>

/** `/?q=&sort=`: any input gives valid params; title order is the default. */
export const { parse: parseCatalogParams, serialize: serializeCatalogParams } = searchSortParams(
  CATALOG_SORTS,
  'title',
)

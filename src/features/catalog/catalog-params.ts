import { readEnum, readText, type ParamValue } from '../../lib/search-params.ts'

export const CATALOG_SORTS = ['title', 'year', 'rating'] as const
export type CatalogSort = (typeof CATALOG_SORTS)[number]

export interface CatalogParams {
  readonly q: string
  readonly sort: CatalogSort
}

/** `/?q=&sort=`: any input gives valid params. */
export function parseCatalogParams(params: URLSearchParams): CatalogParams {
  return { q: readText(params, 'q'), sort: readEnum(params, 'sort', CATALOG_SORTS, 'title') }
}

export function serializeCatalogParams(patch: Partial<CatalogParams>): Record<string, ParamValue> {
  const entries: Record<string, ParamValue> = {}
  if (patch.q !== undefined) entries.q = patch.q === '' ? null : patch.q
  if (patch.sort !== undefined) entries.sort = patch.sort === 'title' ? null : patch.sort
  return entries
}

import { readEnum, readText, type ParamValue } from '../../lib/search-params.ts'

export const CAST_SORTS = ['billing', 'actor', 'character'] as const
export type CastSort = (typeof CAST_SORTS)[number]

export interface CastParams {
  readonly q: string
  readonly sort: CastSort
}

/** `/films/:id/cast?q=&sort=`: any input gives valid params. */
export function parseCastParams(params: URLSearchParams): CastParams {
  return {
    q: readText(params, 'q'),
    sort: readEnum(params, 'sort', CAST_SORTS, 'billing'),
  }
}

/** URL entries for a change; defaults become null so they leave the URL. */
export function serializeCastParams(patch: Partial<CastParams>): Record<string, ParamValue> {
  const entries: Record<string, ParamValue> = {}
  if (patch.q !== undefined) entries.q = patch.q === '' ? null : patch.q
  if (patch.sort !== undefined) entries.sort = patch.sort === 'billing' ? null : patch.sort
  return entries
}

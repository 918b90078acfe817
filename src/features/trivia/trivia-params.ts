import type { DidYouKnowKind } from '../../data/film-schema.ts'
import { readEnumList, readText, type ParamValue } from '../../lib/search-params.ts'

export const TRIVIA_KINDS = ['trivia', 'goof', 'quote'] as const satisfies readonly DidYouKnowKind[]

export interface TriviaParams {
  /** Kinds to show; empty means all of them (the default, kept out of the URL). */
  readonly kinds: readonly DidYouKnowKind[]
  readonly q: string
}

/** `/films/:id/trivia?kind=goof&kind=quote&q=`: any input gives valid params. */
export function parseTriviaParams(params: URLSearchParams): TriviaParams {
  const kinds = readEnumList(params, 'kind', TRIVIA_KINDS)
  return {
    // Every kind chosen is the same view as none chosen: one URL for it.
    kinds: kinds.length === TRIVIA_KINDS.length ? [] : kinds,
    q: readText(params, 'q'),
  }
}

export function serializeTriviaParams(patch: Partial<TriviaParams>): Record<string, ParamValue> {
  const entries: Record<string, ParamValue> = {}
  if (patch.kinds !== undefined) {
    const kinds = TRIVIA_KINDS.filter((kind) => patch.kinds?.includes(kind))
    entries.kind = kinds.length === TRIVIA_KINDS.length ? null : kinds
  }
  if (patch.q !== undefined) entries.q = patch.q === '' ? null : patch.q
  return entries
}

/** The kinds after pressing `kind`'s toggle. */
export function toggleKind(
  kinds: readonly DidYouKnowKind[],
  kind: DidYouKnowKind,
): DidYouKnowKind[] {
  return kinds.includes(kind) ? kinds.filter((k) => k !== kind) : [...kinds, kind]
}

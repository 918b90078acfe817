import type { DerivedKind } from '../../../../contract/derived-schema.ts'
import type { DidYouKnowKind } from '../../../../contract/film-schema.ts'
import { defineParams, setOf, text } from '../../../url-state/define-params.ts'

/** The page's own kinds, then those worked out from the catalog. */
export const TRIVIA_KINDS = [
  'trivia',
  'goof',
  'quote',
  'title',
  'career',
  'together',
  'debut',
] as const satisfies readonly (DidYouKnowKind | DerivedKind)[]
export type TriviaKind = (typeof TRIVIA_KINDS)[number]

/**
 * `/films/:id/trivia?kind=goof&kind=career&q=`: any input gives valid params.
 * `kind` lists the kinds shown; none (the default) means all of them.
 */
export const triviaParams = defineParams({ kind: setOf(TRIVIA_KINDS), q: text() })
export type TriviaParams = ReturnType<typeof triviaParams.parse>

/** The kinds after pressing `kind`'s toggle. */
export function toggleKind(kinds: readonly TriviaKind[], kind: TriviaKind): TriviaKind[] {
  return kinds.includes(kind) ? kinds.filter((k) => k !== kind) : [...kinds, kind]
}

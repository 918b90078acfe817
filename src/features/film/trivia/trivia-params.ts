import type { DidYouKnowKind } from '../../../../contract/film-schema.ts'
import { defineParams, setOf, text } from '../../../url-state/define-params.ts'

export const TRIVIA_KINDS = ['trivia', 'goof', 'quote'] as const satisfies readonly DidYouKnowKind[]

/**
 * `/films/:id/trivia?kind=goof&kind=quote&q=`: any input gives valid params.
 * `kind` lists the kinds shown; none (the default) means all of them.
 */
export const triviaParams = defineParams({ kind: setOf(TRIVIA_KINDS), q: text() })
export type TriviaParams = ReturnType<typeof triviaParams.parse>

/** The kinds after pressing `kind`'s toggle. */
export function toggleKind(
  kinds: readonly DidYouKnowKind[],
  kind: DidYouKnowKind,
): DidYouKnowKind[] {
  return kinds.includes(kind) ? kinds.filter((k) => k !== kind) : [...kinds, kind]
}

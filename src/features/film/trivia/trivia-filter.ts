import type { DerivedKind } from '../../../../contract/derived-schema.ts'
import type { DidYouKnowItem, Film } from '../../../../contract/film-schema.ts'
import { fold, matchesAll, tokenize, type FoldedText } from '../../../../contract/text-match.ts'
import { partsText, wordFact, type Part } from './derived-words.ts'
import { TRIVIA_KINDS, type TriviaKind, type TriviaParams } from './trivia-params.ts'

/** A fact the catalog tells, worded, beside the page's own items. */
export interface DerivedItem {
  readonly id: string
  readonly kind: DerivedKind
  readonly parts: readonly Part[]
}
export type TriviaEntry = DidYouKnowItem | DerivedItem

/** The page's items, then the catalog's facts, each kind numbered from 1 (`career-2`). */
export function triviaEntries(film: Film): TriviaEntry[] {
  if (!film.derived) return film.didYouKnow
  const { facts, names } = film.derived
  const counts = new Map<string, number>()
  const derived = facts.map((fact): DerivedItem => {
    const n = (counts.get(fact.kind) ?? 0) + 1
    counts.set(fact.kind, n)
    return { id: `${fact.kind}-${n}`, kind: fact.kind, parts: wordFact(fact, names) }
  })
  return [...film.didYouKnow, ...derived]
}

function searchableText(item: TriviaEntry): string[] {
  if ('parts' in item) return [partsText(item.parts)]
  switch (item.kind) {
    case 'trivia':
      return [item.text]
    case 'goof':
      return [item.category, item.text]
    case 'quote':
      return item.lines.flatMap((line) => [line.speaker, line.qualifier ?? '', line.text])
  }
}

const folded = new WeakMap<TriviaEntry, readonly FoldedText[]>()
function fieldsOf(item: TriviaEntry): readonly FoldedText[] {
  let fields = folded.get(item)
  if (!fields) {
    fields = searchableText(item).map(fold)
    folded.set(item, fields)
  }
  return fields
}

export interface TriviaFilterResult {
  readonly items: readonly TriviaEntry[]
  readonly tokens: readonly string[]
}

export function filterTrivia(
  items: readonly TriviaEntry[],
  { kind: kinds, q }: TriviaParams,
): TriviaFilterResult {
  const tokens = tokenize(q)
  const shown = items.filter(
    (item) =>
      (kinds.length === 0 || kinds.includes(item.kind)) &&
      (tokens.length === 0 || matchesAll(fieldsOf(item), tokens)),
  )
  return { items: shown, tokens }
}

export function countByKind(items: readonly TriviaEntry[]): Record<TriviaKind, number> {
  const counts = Object.fromEntries(TRIVIA_KINDS.map((kind) => [kind, 0])) as Record<
    TriviaKind,
    number
  >
  for (const item of items) counts[item.kind] += 1
  return counts
}

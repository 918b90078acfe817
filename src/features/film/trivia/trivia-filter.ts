import type { DidYouKnowItem, DidYouKnowKind } from '../../../../contract/film-schema.ts'
import { fold, matchesAll, tokenize, type FoldedText } from '../../../../contract/text-match.ts'
import type { TriviaParams } from './trivia-params.ts'

function searchableText(item: DidYouKnowItem): string[] {
  switch (item.kind) {
    case 'trivia':
      return [item.text]
    case 'goof':
      return [item.category, item.text]
    case 'quote':
      return item.lines.flatMap((line) => [line.speaker, line.qualifier ?? '', line.text])
  }
}

const folded = new WeakMap<DidYouKnowItem, readonly FoldedText[]>()
function fieldsOf(item: DidYouKnowItem): readonly FoldedText[] {
  let fields = folded.get(item)
  if (!fields) {
    fields = searchableText(item).map(fold)
    folded.set(item, fields)
  }
  return fields
}

export interface TriviaFilterResult {
  readonly items: readonly DidYouKnowItem[]
  readonly tokens: readonly string[]
}

export function filterTrivia(
  items: readonly DidYouKnowItem[],
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

export function countByKind(items: readonly DidYouKnowItem[]): Record<DidYouKnowKind, number> {
  const counts: Record<DidYouKnowKind, number> = { trivia: 0, goof: 0, quote: 0 }
  for (const item of items) counts[item.kind] += 1
  return counts
}

import type { ReactNode } from 'react'
import { fold, matchRanges } from '../../contract/text-match.ts'

interface HighlightProps {
  readonly text: string
  /** Folded query words, as from `tokenize`. */
  readonly tokens: readonly string[]
}

/** The text with every occurrence of a search word wrapped in <mark>. */
export function Highlight({ text, tokens }: HighlightProps) {
  if (tokens.length === 0) return text
  const ranges = matchRanges(fold(text), tokens)
  if (ranges.length === 0) return text
  const parts: ReactNode[] = []
  let cursor = 0
  for (const [start, end] of ranges) {
    if (start > cursor) parts.push(text.slice(cursor, start))
    parts.push(<mark key={start}>{text.slice(start, end)}</mark>)
    cursor = end
  }
  if (cursor < text.length) parts.push(text.slice(cursor))
  return <>{parts}</>
}

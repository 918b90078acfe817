import type { ListEntry } from './read-lists.ts'
import type { ReportItem } from '../write/report.ts'

/**
 * A row the lists give twice, word for word, is one film. The real
 * lists hold seven (Murder, My Sweet (1944) at lines 2151 and 2282 of the
 * 1940s), which used to become a second film "murder-my-sweet-1944-2" with
 * the same facts. Rows with the same title and year but another cast, genres
 * or article are different films (the two Carmens of 1915) and stay two.
 * The first row, in file and line order, is kept; each later one is reported.
 */

const rowKey = (entry: ListEntry) =>
  JSON.stringify([entry.title, entry.year, entry.cast, entry.genres, entry.href])

export const DUPLICATE_ROW = 'duplicate-row-merged'

export function mergeDuplicateRows(entries: readonly ListEntry[]): {
  entries: ListEntry[]
  report: ReportItem[]
} {
  const first = new Map<string, ListEntry>()
  const report: ReportItem[] = []
  const kept = entries.filter((entry) => {
    const key = rowKey(entry)
    const seen = first.get(key)
    if (!seen) return (first.set(key, entry), true)
    report.push({
      kind: 'repaired',
      reason: DUPLICATE_ROW,
      source: entry.source,
      text: `${entry.title} (${entry.year})`,
      detail: `the same row as ${seen.source.file} line ${seen.source.line}: one film`,
    })
    return false
  })
  return { entries: kept, report }
}

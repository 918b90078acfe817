import { mergeDuplicateRows } from './duplicate-rows.ts'
import { listEntry } from '../test/builders.ts'
import type { ListEntry } from './read-lists.ts'

const entry = (line: number, facts: Partial<ListEntry> = {}): ListEntry =>
  listEntry({
    title: 'Murder, My Sweet',
    year: 1944,
    cast: ['Dick Powell', 'Claire Trevor'],
    genres: ['Noir'],
    href: 'Murder,_My_Sweet',
    source: { file: 'movies-1940s.json', line, index: line - 2 },
    ...facts,
  })

describe('mergeDuplicateRows', () => {
  it('keeps the first of two exact rows and reports the second with both lines', () => {
    const { entries, report } = mergeDuplicateRows([
      entry(3),
      entry(5, { title: 'Other' }),
      entry(7),
    ])
    expect(entries.map((each) => each.source.line)).toEqual([3, 5])
    expect(report).toEqual([
      {
        kind: 'repaired',
        reason: 'duplicate-row-merged',
        source: { file: 'movies-1940s.json', line: 7, index: 5 },
        text: 'Murder, My Sweet (1944)',
        detail: 'the same row as movies-1940s.json line 3: one film',
      },
    ])
  })

  it('keeps rows with the same title and year but another cast, genres or article apart', () => {
    const rows = [
      entry(3),
      entry(4, { cast: ['Dick Powell'] }),
      entry(5, { genres: ['Crime'] }),
      entry(6, { href: null }),
    ]
    expect(mergeDuplicateRows(rows)).toEqual({ entries: rows, report: [] })
  })
})

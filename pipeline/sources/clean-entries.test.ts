import { cleanEntries } from './clean-entries.ts'
import { listEntry } from '../test/builders.ts'
import type { ListEntry } from './read-lists.ts'

const entry = (facts: Partial<ListEntry>): ListEntry => listEntry({ cast: ['Cher'], ...facts })

describe('cleanEntries', () => {
  it('drops a genre the vocabulary lacks, a hostile one too, and reports it', () => {
    const { entries, report } = cleanEntries([
      entry({ genres: ['<svg onload=alert(5)>', 'Drama'] }),
    ])
    expect(entries[0]?.genres).toEqual(['Drama'])
    expect(report).toEqual([
      {
        kind: 'unplaced',
        reason: 'unknown-genre',
        source: { file: 'movies-1980s.json', line: 2, index: 0 },
        text: '<svg onload=alert(5)>',
        detail: 'not in pipeline/sources/genres.ts: dropped',
      },
    ])
  })

  it('maps a variant to its genre once, and reports it', () => {
    const { entries, report } = cleanEntries([entry({ genres: ['Sport', 'Sports', ' drama '] })])
    expect(entries[0]?.genres).toEqual(['Sports', 'Drama'])
    expect(report.map((item) => [item.reason, item.text, item.detail])).toEqual([
      ['genre-mapped', 'Sport', 'read as Sports'],
      ['genre-mapped', ' drama ', 'read as Drama'],
    ])
  })

  it('removes a right-to-left override from a title and a name, and reports each', () => {
    const { entries, report } = cleanEntries([
      entry({ title: 'Mask\u202Egnp.exe', cast: ['Ch\u2066er\u2069', 'Shah\u200CRukh'] }),
    ])
    expect(entries[0]).toMatchObject({ title: 'Maskgnp.exe', cast: ['Cher', 'Shah\u200CRukh'] })
    expect(report.map((item) => [item.reason, item.text, item.detail])).toEqual([
      ['invisible-characters-removed', 'Mask<U+202E>gnp.exe', 'U+202E removed from the title'],
      [
        'invisible-characters-removed',
        'Ch<U+2066>er<U+2069>',
        'U+2066, U+2069 removed from the cast',
      ],
    ])
  })

  it('refuses a row whose title is nothing but invisible characters', () => {
    const { entries, report } = cleanEntries([entry({ title: '\u202E\u200B' })])
    expect(entries).toEqual([])
    expect(report.at(-1)).toMatchObject({ kind: 'unplaced', reason: 'title-only-invisible' })
  })
})

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

  it('removes a footnote or language marker from a title, and reports it before → after', () => {
    const { entries, report } = cleanEntries([
      entry({ title: 'The Welcome Burglar[1]', year: 1909, href: 'The_Welcome_Burglar' }),
      entry({ title: 'Fly by Night\u00a0[fr]', year: 1993 }),
    ])
    expect(entries.map((each) => each.title)).toEqual(['The Welcome Burglar', 'Fly by Night'])
    expect(report.map((item) => [item.kind, item.reason, item.text, item.detail])).toEqual([
      [
        'repaired',
        'title-marker-removed',
        'The Welcome Burglar[1]',
        'The Welcome Burglar[1] → The Welcome Burglar',
      ],
      [
        'repaired',
        'title-marker-removed',
        'Fly by Night\u00a0[fr]',
        'Fly by Night\u00a0[fr] → Fly by Night',
      ],
    ])
  })

  it("shows a title in its article's case when that one is in title case, and reports it", () => {
    const { entries, report } = cleanEntries([
      entry({ title: 'A Star is Born', year: 1976, href: 'A_Star_Is_Born_(1976_film)' }),
      entry({ title: 'Tom Thumb', year: 1958, href: 'Tom_thumb_(1958_film)' }),
      entry({ title: 'M*A*S*H', year: 1970, href: 'MASH_(film)' }),
    ])
    expect(entries.map((each) => each.title)).toEqual(['A Star Is Born', 'Tom Thumb', 'M*A*S*H'])
    expect(report.map((item) => [item.kind, item.reason, item.text])).toEqual([
      ['repaired', 'title-case-from-article', 'A Star is Born'],
      ['review', 'title-differs-from-article', 'Tom Thumb'],
      ['review', 'title-differs-from-article', 'M*A*S*H'],
    ])
  })

  it('keeps Silent on a film of the sound era, and reports it for review', () => {
    const { entries, report } = cleanEntries([
      entry({ title: 'Sidewalk Stories', year: 1989, genres: ['Comedy', 'Silent'] }),
      entry({ title: 'Greed', year: 1924, genres: ['Drama', 'Silent'] }),
    ])
    expect(entries.map((each) => each.genres)).toEqual([
      ['Comedy', 'Silent'],
      ['Drama', 'Silent'],
    ])
    expect(report.map((item) => [item.kind, item.reason, item.text])).toEqual([
      ['review', 'silent-in-sound-era', 'Sidewalk Stories'],
    ])
  })
})

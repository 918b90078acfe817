import { checkCounts, checkYield, type PageCounts, type SourceCounts } from './source-counts.ts'

const mask: PageCounts = { storyline: 1, cast: 15, trivia: 3, reviews: 1, specs: 1 }
const expected: SourceCounts = {
  lists: { 'movies-1940s.json': 4519, 'movies-1950s.json': 3151 },
  pages: { 'mask-1985.txt': mask },
}
const ends = [
  { file: 'movies-1940s.json', lastLine: 4521 },
  { file: 'movies-1950s.json', lastLine: 1400 },
  { file: 'mask-1985.txt', lastLine: 31 },
]

describe('checkCounts', () => {
  it('passes sources that give what was accepted', () => {
    expect(checkCounts(expected, expected, ends)).toEqual([])
  })

  it('fails a decade file that gives fewer entries, naming its last line and what to do', () => {
    const actual = { ...expected, lists: { ...expected.lists, 'movies-1950s.json': 1400 } }
    expect(checkCounts(expected, actual, ends)).toEqual([
      {
        kind: 'fatal',
        reason: 'source-shrank',
        source: { file: 'movies-1950s.json', line: 1400 },
        text: 'gave 1400 entries where data/source-counts.json expects 3151: restore it, or if the change is deliberate run `npm run catalog -- --accept-counts` and commit data/source-counts.json',
      },
    ])
  })

  it('fails a page that parses to less than it did, naming the sections', () => {
    const actual = { ...expected, pages: { 'mask-1985.txt': { ...mask, trivia: 1, reviews: 0 } } }
    expect(checkCounts(expected, actual, ends)).toEqual([
      expect.objectContaining({
        kind: 'fatal',
        reason: 'page-cut-short',
        source: { file: 'mask-1985.txt', line: 31 },
        text: expect.stringMatching(
          /^parses to 1 trivia, 0 reviews where .* expects 3, 1; the page may be cut short/,
        ),
      }),
    ])
  })

  it('fails a source it does not know or misses, and reports one that grew', () => {
    const actual: SourceCounts = {
      lists: { 'movies-1940s.json': 4520, 'movies-2030s.json': 10 },
      pages: {},
    }
    expect(
      checkCounts(expected, actual, ends).map((item) => [item.kind, item.reason, item.source.file]),
    ).toEqual([
      ['review', 'source-grew', 'movies-1940s.json'],
      ['fatal', 'source-not-counted', 'movies-2030s.json'],
      ['fatal', 'source-missing', 'movies-1950s.json'],
      ['fatal', 'source-missing', 'mask-1985.txt'],
    ])
  })

  it('leaves alone a source already fatal with its own line', () => {
    const actual = { ...expected, lists: { ...expected.lists, 'movies-1950s.json': 0 } }
    expect(checkCounts(expected, actual, ends, new Set(['movies-1950s.json']))).toEqual([])
  })
})

describe('checkYield', () => {
  it('fails a decade file that gives no film, or fewer than half its entries', () => {
    const yields = [
      { file: 'movies-1940s.json', entries: 4519, films: 4518 },
      { file: 'movies-1950s.json', entries: 0, films: 0 },
      { file: 'movies-1960s.json', entries: 3, films: 1 },
      { file: 'movies-1970s.json', entries: 2, films: 1 },
    ]
    expect(checkYield(yields, new Set())).toEqual([
      expect.objectContaining({
        kind: 'fatal',
        reason: 'list-file-wrong-shape',
        source: { file: 'movies-1950s.json', line: 1 },
        text: expect.stringContaining('0 of its 0 entries are films'),
      }),
      expect.objectContaining({
        source: { file: 'movies-1960s.json', line: 1 },
        text: expect.stringContaining('1 of its 3 entries are films'),
      }),
    ])
  })

  it('leaves alone a file already fatal with its own line', () => {
    expect(
      checkYield(
        [{ file: 'movies-1950s.json', entries: 0, films: 0 }],
        new Set(['movies-1950s.json']),
      ),
    ).toEqual([])
  })
})

import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { join } from 'node:path'
import { build, type BuildInput } from './build.ts'
import type { ReportItem } from './write/report.ts'
import type { SourceCounts } from './sources/source-counts.ts'
import { decadeFile } from './test/builders.ts'

/**
 * Issue 25's probe, input by input, through the whole build: each either
 * fails it (a `fatal` item, which makes the command line write nothing)
 * naming the file and line, or is reported; no film is lost in silence.
 */

const row = (title: string, facts: Record<string, unknown> = {}) =>
  JSON.stringify({
    title,
    year: 1944,
    cast: ['Dick Powell'],
    genres: ['Noir'],
    href: null,
    ...facts,
  })
const ROWS = ['Murder, My Sweet', 'Laura', 'Gaslight', 'Double Indemnity', 'Phantom Lady'].map(
  (title) => row(title),
)
const decade = (rows: readonly string[], file = 'movies-1940s.json') => decadeFile(rows, file)
const other = decade([row('Mask', { year: 1985 })], 'movies-1980s.json')
const expected: SourceCounts = {
  lists: { 'movies-1940s.json': ROWS.length, 'movies-1980s.json': 1 },
  pages: {},
}
const run = (
  lists: BuildInput['lists'],
  pages: BuildInput['pages'] = [],
  counts: SourceCounts | null = expected,
) => build({ lists, pages, ...(counts && { expected: counts }) })
const fatal = (report: readonly ReportItem[]) => report.filter((item) => item.kind === 'fatal')
const filmIds = (result: ReturnType<typeof build>) =>
  result.files
    .filter(([path]) => path.startsWith(join('films', '')))
    .map(([path]) => path.slice(6, -5))

describe('the build on the inputs that once lost films', () => {
  it('reads the clean sources with no fatal item', () => {
    const result = run([decade(ROWS), other])
    expect(fatal(result.report)).toEqual([])
    expect(result.counts.films).toBe(6)
  })

  it('fails on a decade file cut in half mid-line, naming the file, line and column', () => {
    const text = decade(ROWS).text
    const result = run([{ file: 'movies-1940s.json', text: text.slice(0, text.length / 2) }, other])
    expect(fatal(result.report)).toEqual([
      {
        kind: 'fatal',
        reason: 'list-file-broken',
        source: { file: 'movies-1940s.json', line: 4 },
        text: expect.stringMatching(
          /^column 47: .*git checkout -- data\/sources\/wikipedia\/movies-1940s\.json/,
        ),
      },
    ])
  })

  it('fails on an emptied decade file', () => {
    const result = run([{ file: 'movies-1940s.json', text: '' }, other])
    expect(fatal(result.report)).toEqual([
      expect.objectContaining({
        reason: 'list-file-empty',
        source: { file: 'movies-1940s.json', line: 1 },
      }),
    ])
  })

  it('reads a pretty-printed decade file whole, each film at its line', () => {
    const text = JSON.stringify(
      ROWS.map((each) => JSON.parse(each) as unknown),
      null,
      2,
    )
    const result = run([{ file: 'movies-1940s.json', text }, other])
    expect(result.report).toEqual([])
    expect(result.counts.sources[0]).toEqual({ file: 'movies-1940s.json', entries: 5, films: 5 })
    expect(result.counts.films).toBe(6)
  })

  it('fails on a decade file of another shape, or of rows that leave no film', () => {
    const rows = ['["Laura", 1944]', '["Gaslight", 1944]', row('Gaslight')]
    expect(fatal(run([decade(rows), other], [], null).report)).toEqual([
      expect.objectContaining({
        reason: 'list-file-wrong-shape',
        source: { file: 'movies-1940s.json', line: 1 },
      }),
    ])
    const invisible = run([decade([row('\u202E'), row('\u200B')]), other], [], null)
    expect(fatal(invisible.report)).toEqual([
      expect.objectContaining({
        reason: 'list-file-wrong-shape',
        text: expect.stringContaining('0 of its 2 entries'),
      }),
    ])
  })

  it('fails on a decade file that lost its last films though it parses', () => {
    const result = run([decade(ROWS.slice(0, 2)), other])
    expect(fatal(result.report)).toEqual([
      expect.objectContaining({
        reason: 'source-shrank',
        source: { file: 'movies-1940s.json', line: 4 },
        text: expect.stringContaining('gave 2 entries where data/source-counts.json expects 5'),
      }),
    ])
  })

  it('fails on a rich page cut in half, naming the page and its last line', () => {
    const text = readFileSync(join('data', 'pages', 'mask-1985.txt'), 'utf8')
    const page = { title: 'Mask', source: 'mask-1985.txt' }
    const whole = run([other], [{ ...page, text }])
    const counts = { lists: { 'movies-1980s.json': 1 }, pages: whole.counts.read.pages }
    expect(fatal(run([other], [{ ...page, text }], counts).report)).toEqual([])
    const cut = run([other], [{ ...page, text: text.slice(0, text.length / 2) }], counts)
    expect(fatal(cut.report)).toEqual([
      expect.objectContaining({
        reason: 'page-cut-short',
        source: { file: 'mask-1985.txt', line: 49 },
        text: expect.stringMatching(/^parses to 1 trivia, 0 reviews where .* expects 3, 1/),
      }),
    ])
  })

  it('makes an exact duplicate row one film, and reports it', () => {
    const result = run([decade([...ROWS.slice(0, 5), ROWS[1] as string]), other], [], {
      ...expected,
      lists: { ...expected.lists, 'movies-1940s.json': 6 },
    })
    expect(filmIds(result)).not.toContain('laura-1944-2')
    expect(result.counts.films).toBe(6)
    expect(result.report).toEqual([
      expect.objectContaining({
        reason: 'duplicate-row-merged',
        source: { file: 'movies-1940s.json', line: 7, index: 5 },
        detail: 'the same row as movies-1940s.json line 3: one film',
      }),
    ])
  })

  it('refuses a 10 MB title and reports it, writing no file over 100 kB', () => {
    const rows = [...ROWS.slice(0, 4), row('A'.repeat(10 * 1024 * 1024))]
    const result = run([decade(rows), other])
    expect(result.report).toEqual([
      expect.objectContaining({
        kind: 'unplaced',
        reason: 'text-too-long',
        source: expect.objectContaining({ line: 6 }),
      }),
    ])
    expect(Math.max(...result.files.map(([, content]) => content.length))).toBeLessThan(100_000)
  })

  it('drops a hostile genre and reports it: no browse page is made of it', () => {
    const rows = [
      ...ROWS.slice(0, 4),
      row('Phantom Lady', { genres: ['<svg onload=alert(5)>', 'Noir'] }),
    ]
    const result = run([decade(rows), other])
    expect(result.report).toEqual([
      expect.objectContaining({ reason: 'unknown-genre', text: '<svg onload=alert(5)>' }),
    ])
    expect(result.files.some(([path]) => path.includes('svg'))).toBe(false)
    // Only the report, which names what it dropped, holds it.
    const holding = result.files.filter(([, content]) => content.includes('<svg'))
    expect(holding.map(([path]) => path)).toEqual([join('reports', 'data-quality.json')])
  })

  it('removes a right-to-left override from a title and a name, and reports each', () => {
    const rows = [...ROWS.slice(0, 4), row('Phantom\u202E Lady', { cast: ['Ella\u2067 Raines'] })]
    const result = run([decade(rows), other])
    expect(result.report.map((item) => [item.reason, item.text])).toEqual([
      ['invisible-characters-removed', 'Phantom<U+202E> Lady'],
      ['invisible-characters-removed', 'Ella<U+2067> Raines'],
    ])
    expect(result.files.some(([, content]) => /[\u202E\u2067]/.test(content))).toBe(false)
  })
})

/** The reasons that account for a row that is not a film of its own. */
const ROW_REASONS = new Set([
  'duplicate-row-merged',
  'same-film-merged',
  'invalid-entry',
  'text-too-long',
  'title-only-invisible',
  'invalid-film',
])

describe('every row read is a film written or a row reported', () => {
  // Mostly good rows, so that most builds pass; broken ones often enough.
  const some = <T>(good: T[], bad: T[]) =>
    fc.oneof({ weight: 15, arbitrary: fc.constantFrom(...good) }, fc.constantFrom(...bad))
  const value = fc.oneof(
    {
      weight: 15,
      arbitrary: fc.record({
        title: some(['Laura', 'Mask', 'Carmen', 'Ça', 'X\u200BY'], ['A'.repeat(600), '', '\u202E']),
        year: some([1915, 1944, 1985], [1700]),
        cast: fc.array(some(['Cher', 'Dick Powell', '(voice)'], ['B'.repeat(400)]), {
          maxLength: 3,
        }),
        genres: fc.array(fc.constantFrom('Drama', 'Sport', 'Noir', '<svg onload=alert(5)>'), {
          maxLength: 2,
        }),
        href: fc.constantFrom(null, 'Laura_(1944_film)', 'Carmen_(1915_Cecil_B._DeMille_film)'),
      }),
    },
    { weight: 1, arbitrary: fc.constantFrom(null, 7, 'Mask', ['Mask', 1985], {}) },
  )
  it('property: films written + rows merged or refused = rows read, or the build fails naming the file', () => {
    let passed = 0
    fc.assert(
      fc.property(fc.array(value, { minLength: 1, maxLength: 16 }), fc.nat(12), (rows, at) => {
        // Some rows again, whole, among the others: exact duplicates.
        const all = rows.map((each) => JSON.stringify(each))
        for (const [i, again] of all.slice(0, at % 4).entries())
          all.splice((at * 7 + i * 3) % all.length, 0, again)
        // One file, or two of at least one row each.
        const split = all.length < 2 ? all.length : 1 + (at % (all.length - 1))
        const lists = [decade(all.slice(0, split)), decade(all.slice(split), 'movies-1980s.json')]
        if (split === all.length) lists.pop()
        const result = build({ lists, pages: [] })
        expect(result.counts.sources.reduce((sum, source) => sum + source.entries, 0)).toBe(
          all.length,
        )
        const failed = fatal(result.report)
        if (failed.length > 0) {
          // A file of no films, or mostly not films: the build stops, naming it.
          expect(
            failed.every(
              (item) => /^movies-\d{4}s\.json$/.test(item.source.file) && item.source.line,
            ),
          ).toBe(true)
          expect(result.files).toEqual([])
          return
        }
        passed += 1
        const reported = result.report.filter((item) => ROW_REASONS.has(item.reason)).length
        expect(filmIds(result)).toHaveLength(result.counts.films)
        expect(result.counts.films + reported).toBe(all.length)
      }),
      { numRuns: 200 },
    )
    // Most runs must reach the equation, or the property says little.
    expect(passed).toBeGreaterThan(60)
  })
})

import { readLists } from './read-lists.ts'

const file = (lines: string[]) => ({ file: 'movies-1980s.json', text: lines.join('\n') })
const mask =
  '{"title": "Mask", "year": 1985, "cast": ["Cher"], "genres": ["Drama"], "href": "Mask_(1985_film)"}'
const film = (title: string) => mask.replace('Mask"', `${title}"`)

describe('readLists', () => {
  it('reads one entry a line, with its file, line and index, and counts the file', () => {
    const { entries, report, files } = readLists([
      file(['[', `${mask},`, mask.replace('Mask', 'Mask 2'), ']']),
    ])
    expect(report).toEqual([])
    expect(entries).toEqual([
      {
        title: 'Mask',
        year: 1985,
        cast: ['Cher'],
        genres: ['Drama'],
        href: 'Mask_(1985_film)',
        source: { file: 'movies-1980s.json', line: 2, index: 0 },
      },
      expect.objectContaining({
        title: 'Mask 2',
        source: { file: 'movies-1980s.json', line: 3, index: 1 },
      }),
    ])
    expect(files).toEqual([{ file: 'movies-1980s.json', entries: 2, films: 2 }])
  })

  it('takes a missing href as no article', () => {
    const { entries } = readLists([
      file(['[{"title": "X", "year": 1990, "cast": [], "genres": []}]']),
    ])
    expect(entries[0]?.href).toBeNull()
  })

  it('reads a pretty-printed file whole, each entry at the line it starts on', () => {
    const films = [JSON.parse(mask), JSON.parse(film('Mask 2')), JSON.parse(film('Mask 3'))]
    const text = JSON.stringify(films, null, 2)
    const { entries, report } = readLists([{ file: 'movies-1980s.json', text }])
    expect(report).toEqual([])
    expect(entries.map((entry) => [entry.title, entry.source.line])).toEqual([
      ['Mask', 2],
      ['Mask 2', 13],
      ['Mask 3', 24],
    ])
    expect(text.split('\n')[12]).toBe('  {')
  })

  it('fails on a file cut short mid-line, naming its line and column, and reads none of it', () => {
    const text = ['[', `${mask},`, `${film('Mask 2')},`, '{"title": "Murder, My Sw'].join('\n')
    const { entries, report, files } = readLists([
      { file: 'movies-1980s.json', text },
      file(['[', film('Other'), ']']),
    ])
    expect(report).toEqual([
      {
        kind: 'fatal',
        reason: 'list-file-broken',
        source: { file: 'movies-1980s.json', line: 4 },
        text: expect.stringMatching(
          /^column 25: expected the end of a string, found the end of the file; .*git checkout -- data\/sources\/wikipedia\/movies-1980s\.json/,
        ),
      },
    ])
    expect(entries.map((entry) => entry.title)).toEqual(['Other'])
    expect(files[0]).toEqual({ file: 'movies-1980s.json', entries: 0, films: 0 })
  })

  it('fails on an empty file, and on text that is not one JSON array', () => {
    const { report, files } = readLists([
      { file: 'movies-1950s.json', text: '' },
      { file: 'movies-1960s.json', text: '[]\n' },
      { file: 'movies-1970s.json', text: '{"films": []}' },
    ])
    expect(report.map((item) => [item.kind, item.reason, item.source])).toEqual([
      ['fatal', 'list-file-empty', { file: 'movies-1950s.json', line: 1 }],
      ['fatal', 'list-file-broken', { file: 'movies-1970s.json', line: 1 }],
    ])
    // An empty array reads; checkYield fails a file that gives no film.
    expect(files[1]).toEqual({ file: 'movies-1960s.json', entries: 0, films: 0 })
  })

  it('refuses an invalid entry with its place and reason, and reads on', () => {
    const { entries, report, files } = readLists([
      file([
        '[',
        '{"title": "", "year": 1985, "cast": [], "genres": [], "href": null},',
        `${mask},`,
        '{"title": "Y", "year": "1985", "cast": [], "genres": [], "href": null},',
        `${film('Mask 2')},`,
        film('Mask 3'),
        ']',
      ]),
    ])
    expect(entries.map((entry) => entry.title)).toEqual(['Mask', 'Mask 2', 'Mask 3'])
    expect(report).toEqual([
      expect.objectContaining({
        kind: 'unplaced',
        reason: 'invalid-entry',
        source: { file: 'movies-1980s.json', line: 2, index: 0 },
        text: expect.stringContaining('title: must not be empty'),
      }),
      expect.objectContaining({
        reason: 'invalid-entry',
        source: expect.objectContaining({ line: 4, index: 2 }),
        text: expect.stringContaining('year'),
      }),
    ])
    expect(files).toEqual([{ file: 'movies-1980s.json', entries: 5, films: 3 }])
  })

  it('refuses a 10 MB title, reported with its length, and writes none of it to the report', () => {
    const huge = 'A'.repeat(10 * 1024 * 1024)
    const { entries, report } = readLists([file(['[', `${film(huge)},`, mask, ']'])])
    expect(entries.map((entry) => entry.title)).toEqual(['Mask'])
    expect(report).toEqual([
      expect.objectContaining({
        kind: 'unplaced',
        reason: 'text-too-long',
        source: { file: 'movies-1980s.json', line: 2, index: 0 },
        text: expect.stringContaining(
          `title: is longer than the build writes (${huge.length} characters)`,
        ),
      }),
    ])
    expect(report[0]?.text.length).toBeLessThan(400)
  })

  it('refuses a cast string or a genre over its limit too', () => {
    const long = 'B'.repeat(301)
    const { report } = readLists([
      file([
        '[',
        `${mask.replace('"Cher"', `"${long}"`)},`,
        `${mask.replace('"Drama"', `"${long}"`)},`,
        `${film('X')},`,
        film('Y'),
        ']',
      ]),
    ])
    expect(report.map((item) => [item.reason, item.text.slice(0, 9)])).toEqual([
      ['text-too-long', 'cast[0]: '],
      ['text-too-long', 'genres[0]'],
    ])
  })
})

// @vitest-environment node
import { readLists } from './read-lists.ts'

const file = (lines: string[]) => ({ file: 'movies-1980s.json', text: lines.join('\n') })
const mask =
  '{"title": "Mask", "year": 1985, "cast": ["Cher"], "genres": ["Drama"], "href": "Mask_(1985_film)"}'

describe('readLists', () => {
  it('reads one entry a line, with its file, line and index', () => {
    const { entries, report } = readLists([
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
  })

  it('takes a missing href as no article', () => {
    const { entries } = readLists([
      file(['{"title": "X", "year": 1990, "cast": [], "genres": []}']),
    ])
    expect(entries[0]?.href).toBeNull()
  })

  it('reports an invalid entry or a broken line with its place and reason, and reads on', () => {
    const { entries, report } = readLists([
      file([
        '[',
        '{"title": "", "year": 1985, "cast": [], "genres": [], "href": null},',
        '{"title": "Y", "year": "1985", "cast": [], "genres": [], "href": null},',
        '{"title": "Z", "year": 1985, "cast": [',
        `${mask}`,
        ']',
      ]),
    ])
    expect(entries.map((entry) => entry.title)).toEqual(['Mask'])
    expect(report).toEqual([
      expect.objectContaining({
        kind: 'unplaced',
        reason: 'invalid-entry',
        source: { file: 'movies-1980s.json', line: 2, index: 0 },
        text: expect.stringContaining('title: must not be empty'),
      }),
      expect.objectContaining({
        reason: 'invalid-entry',
        source: expect.objectContaining({ line: 3 }),
        text: expect.stringContaining('year'),
      }),
      expect.objectContaining({
        reason: 'invalid-json',
        source: expect.objectContaining({ line: 4, index: 2 }),
      }),
    ])
    expect(entries[0]?.source).toEqual({ file: 'movies-1980s.json', line: 5, index: 3 })
  })
})

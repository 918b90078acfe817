import { join } from 'node:path'
import type { Film } from '../contract/film-schema.ts'
import { build } from './build.ts'
import { decadeFile } from './test/builders.ts'

const airplane =
  '{"title": "Airplane!", "year": 1980, "cast": ["Robert Hays", "(voice)"], "genres": ["Comedy"], "href": "Airplane!"}'

describe('build', () => {
  it('reports each cast string it repaired or kept out, with the film, file and line', () => {
    const result = build({ lists: [decadeFile([airplane])], pages: [] })
    expect(result.counts).toEqual({
      pages: 0,
      listed: 1,
      merged: 0,
      films: 1,
      people: 1,
      // "ai" for Airplane!, "ro" and "ha" for Robert Hays, "~1980" for its year.
      searchShards: 4,
      catalogPages: { title: 1, year: 1, oldest: 1, filtered: 9 },
      sources: [{ file: 'movies-1980s.json', entries: 1, films: 1 }],
      read: { lists: { 'movies-1980s.json': 1 }, pages: {} },
      // No small film sets given: none read.
      more: { matched: {}, unmatched: 0, gained: {} },
      directors: { names: 0, joined: 0, joinedByReview: 0, created: 0, keptApart: 0 },
    })
    expect(result.report).toEqual([
      {
        kind: 'repaired',
        reason: 'note-reattached',
        source: { file: 'movies-1980s.json', line: 2, index: 0, film: 'airplane-1980' },
        text: '(voice)',
      },
    ])
  })

  it('links each credit to its person and writes the person, and the report beside the data', () => {
    const result = build({ lists: [decadeFile([airplane])], pages: [] })
    const file = (path: string) => result.files.find(([name]) => name === path)?.[1] ?? ''
    const film = JSON.parse(file(join('films', 'airplane-1980.json'))) as Film
    expect(film.cast).toEqual([
      {
        id: 'cast-1',
        actor: 'Robert Hays',
        character: null,
        note: 'voice',
        personId: 'robert-hays',
      },
    ])
    expect(JSON.parse(file(join('people', 'robert-hays.json')))).toMatchObject({
      id: 'robert-hays',
      name: 'Robert Hays',
      films: 1,
      filmography: [{ film: 'airplane-1980', note: 'voice', sources: ['wikipedia-list'] }],
    })
    expect(JSON.parse(file(join('reports', 'data-quality.json')))).toMatchObject({
      counts: { repaired: { 'note-reattached': 1 } },
      items: result.report,
    })
  })

  it('times every step through the runner it is given', () => {
    const steps: string[] = []
    build({ lists: [decadeFile([airplane])], pages: [] }, (name, run) => (steps.push(name), run()))
    expect(steps).toEqual([
      'read lists',
      'merge duplicate rows',
      'clean entries',
      'parse pages',
      'normalise cast strings',
      'film ids',
      'resolve people',
      'merge same films',
      'merge',
      'tell twins apart',
      'directors',
      'validate',
      'filmographies',
      'validate people',
      'notability',
      'paginate',
      'validate pages',
      'search index',
      'derived facts',
      'render',
    ])
  })

  it('gives every credit of every film its own person', () => {
    const row = (title: string, year: number, cast: string[]) =>
      JSON.stringify({ title, year, cast, genres: ['Drama'], href: null })
    const result = build({
      lists: [
        decadeFile([
          row('Mask', 1985, ['Cher', 'Sam Elliott', 'Eric Stoltz']),
          row('Moonstruck', 1987, ['Cher', 'Nicolas Cage']),
          row('Road House', 1989, ['Patrick Swayze', 'Sam Elliott']),
        ]),
      ],
      pages: [],
    })
    const people = new Map(
      result.files
        .filter(([path]) => path.startsWith(join('people', '')))
        .map(([, text]) => JSON.parse(text) as { id: string; name: string })
        .map((person) => [person.id, person.name]),
    )
    const credits = result.files
      .filter(([path]) => path.startsWith(join('films', '')))
      .flatMap(([, text]) => (JSON.parse(text) as Film).cast)
    expect(credits).toHaveLength(7)
    for (const credit of credits) expect(people.get(credit.personId ?? '')).toBe(credit.actor)
  })

  it('fails the build on a page that does not parse: the app serves it today', () => {
    const result = build({
      lists: [decadeFile([airplane])],
      pages: [{ text: '', title: 'Empty', source: 'empty.txt' }],
    })
    expect(result.report).toContainEqual(
      expect.objectContaining({
        kind: 'fatal',
        reason: 'page-does-not-parse',
        source: { file: 'empty.txt', line: 1 },
      }),
    )
  })
})

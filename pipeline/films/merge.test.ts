import fc from 'fast-check'
import * as v from 'valibot'
import { FilmSchema, type Film } from '../../contract/film-schema.ts'
import { combine } from './combine.ts'
import { listFilm, mergeFilms } from './merge.ts'
import type { ListEntry } from '../sources/read-lists.ts'
import { listEntry } from '../test/builders.ts'

const entry = (over: Partial<ListEntry> = {}): ListEntry =>
  listEntry({ genres: ['Drama', 'Biography'], href: 'Mask_(1985_film)', ...over })
const credits = (...names: string[]) => names.map((actor) => ({ actor, note: null }))
const page = (over: Partial<Film> = {}): Film => ({
  ...listFilm(entry({ genres: [], href: null }), 'mask-1985', []),
  releaseDate: { date: '1985-03-08', country: null },
  logline: 'A boy and his mother.',
  rating: { value: 7, max: 10, votes: 12168 },
  directors: ['Peter Bogdanovich'],
  stars: [{ name: 'Cher', castId: 'cast-1' }],
  cast: [
    { id: 'cast-1', actor: 'Cher', character: "Florence 'Rusty' Dennis", note: null },
    { id: 'cast-2', actor: 'Sam Elliott', character: 'Gar', note: null },
  ],
  didYouKnow: [{ id: 'trivia-1', kind: 'trivia', text: 'A fact.' }],
  provenance: { source: 'mask-1985.txt', pageDate: null, warnings: [] },
  genres: undefined as never,
  wikipedia: undefined as never,
  sources: undefined as never,
  ...over,
})

describe('mergeFilms', () => {
  const merged = mergeFilms(
    page(),
    listFilm(entry(), 'mask-1985', credits('Cher', 'Eric Stoltz', 'Sam Elliott', 'Laura Dern')),
  )

  it("keeps every fact of the page and adds the list's genres and article", () => {
    expect(merged).toMatchObject({
      id: 'mask-1985',
      logline: 'A boy and his mother.',
      rating: { value: 7, max: 10, votes: 12168 },
      directors: ['Peter Bogdanovich'],
      didYouKnow: [{ id: 'trivia-1' }],
      provenance: { source: 'mask-1985.txt' },
      genres: ['Drama', 'Biography'],
      wikipedia: 'Mask_(1985_film)',
    })
    expect(v.safeParse(FilmSchema, merged).success).toBe(true)
  })

  it("names each person once, with the page's character; list-only names follow in list order", () => {
    expect(merged.cast).toEqual([
      { id: 'cast-1', actor: 'Cher', character: "Florence 'Rusty' Dennis", note: null },
      { id: 'cast-2', actor: 'Sam Elliott', character: 'Gar', note: null },
      { id: 'cast-3', actor: 'Eric Stoltz', character: null, note: null },
      { id: 'cast-4', actor: 'Laura Dern', character: null, note: null },
    ])
    expect(merged.stars).toEqual([{ name: 'Cher', castId: 'cast-1' }])
  })

  it('says which source gave each view', () => {
    expect(merged.sources).toEqual({
      overview: ['page', 'wikipedia-list'],
      cast: ['page', 'wikipedia-list'],
      trivia: ['page'],
      reviews: [],
    })
  })

  it('makes a thin list film a valid film with empty sections', () => {
    const thin = listFilm(
      entry({ title: 'Alien Dead', year: 1980, href: null, genres: [] }),
      'alien-dead-1980',
      [],
    )
    expect(v.safeParse(FilmSchema, thin).success).toBe(true)
    expect(thin.sources).toEqual({
      overview: ['wikipedia-list'],
      cast: [],
      trivia: [],
      reviews: [],
    })
  })
})

// Films with a few names, so that merges overlap.
const name = fc.constantFrom(
  'Cher',
  'Sam Elliott',
  'Laura Dern',
  'Eric Stoltz',
  'Harry Carey Jr.',
  'Harry Carey, Jr.',
)
const listSide = fc
  .record({
    names: fc.uniqueArray(name, { maxLength: 5 }),
    genres: fc.uniqueArray(fc.constantFrom('Drama', 'Biography'), { maxLength: 2 }),
    href: fc.option(fc.constant('Mask_(1985_film)'), { nil: null }),
  })
  .map(({ names, genres, href }) =>
    listFilm(entry({ genres, href }), 'mask-1985', credits(...names)),
  )
const pageSide = fc.uniqueArray(name, { maxLength: 4 }).map((names) =>
  page({
    cast: names.map((actor, i) => ({
      id: `cast-${i + 1}`,
      actor,
      character: `Role ${i}`,
      note: null,
    })),
    stars: [],
  }),
)
const side = fc.oneof(listSide, pageSide)

describe('merging, as properties', () => {
  it('is idempotent: merging a film again with either source changes nothing', () => {
    fc.assert(
      fc.property(pageSide, listSide, (p, l) => {
        const once = mergeFilms(p, l)
        expect(mergeFilms(once, l)).toEqual(once)
        expect(mergeFilms(once, p)).toEqual(once)
        expect(mergeFilms(once, once)).toEqual(once)
      }),
    )
  })

  it('does not depend on the order of its inputs', () => {
    fc.assert(
      fc.property(side, side, (a, b) => {
        expect(mergeFilms(a, b)).toEqual(mergeFilms(b, a))
      }),
    )
  })

  it('always gives a film the schema accepts', () => {
    fc.assert(
      fc.property(side, side, (a, b) => {
        expect(v.safeParse(FilmSchema, mergeFilms(a, b)).issues).toBeUndefined()
      }),
    )
  })
})

describe('combine', () => {
  const carmen = (who: string) =>
    listFilm(entry({ title: 'Carmen', year: 1915 }), `carmen-1915-${who}`, [])

  it('merges a page with the list film of its id, or of its title and year', () => {
    const other = listFilm(entry({ title: 'Airplane!', year: 1980 }), 'airplane-1980', [])
    const result = combine([page({ id: 'mask-page' })], [listFilm(entry(), 'mask-1985', []), other])
    expect(result.merged).toBe(1)
    expect(result.films.map((film) => [film.id, film.sources?.overview])).toEqual([
      ['airplane-1980', ['wikipedia-list']],
      ['mask-page', ['page', 'wikipedia-list']],
    ])
  })

  it('reports a page whose title and year the lists give twice, unless its id names one', () => {
    const lists = [carmen('cecil-b-demille'), carmen('raoul-walsh')]
    const unsure = combine([page({ id: 'carmen-1915', title: 'Carmen', year: 1915 })], lists)
    expect(unsure.merged).toBe(0)
    expect(unsure.films).toHaveLength(3)
    expect(unsure.report).toEqual([
      expect.objectContaining({ reason: 'page-matches-several-list-films' }),
    ])
    const sure = combine(
      [page({ id: 'carmen-1915-raoul-walsh', title: 'Carmen', year: 1915 })],
      lists,
    )
    expect([sure.merged, sure.films.length, sure.report]).toEqual([1, 2, []])
  })
})

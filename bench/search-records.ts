import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { SearchFilm, SearchPerson } from '../pipeline/derived/search-index.ts'

/**
 * What the search section indexes: the catalog as the build wrote it
 * (`dist/data/films`, `dist/data/people`), read back, so the app's index and
 * Pagefind's are made from the same records. Also the ten-times-bigger
 * catalog, made from the real one as issue 17's prototypes made it
 * (bench/search-prototypes/minisearch/gen10x.mjs).
 */

export interface Catalog {
  readonly films: readonly SearchFilm[]
  readonly people: readonly SearchPerson[]
  /** By film id, for the records (the index does not read genres). */
  readonly genres: ReadonlyMap<string, readonly string[]>
}

/** A record as the prototypes had it (make-records.mjs): one per film, one per person. */
export type SearchRecord =
  | {
      readonly kind: 'film'
      readonly id: string
      readonly title: string
      readonly year: number
      /** The first three of the cast, as billed. */
      readonly names: readonly string[]
      readonly genres: readonly string[]
    }
  | {
      readonly kind: 'person'
      readonly id: string
      readonly name: string
      readonly label: string | null
      readonly films: number
    }

/** The `.json` files of a folder (not their .br and .gz copies), by name, parsed. */
function readAll(dir: string): unknown[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => JSON.parse(readFileSync(join(dir, name), 'utf8')) as unknown)
}

/** The films and people of a built `data/` folder, with only what the search reads. */
export function readCatalog(dataDir: string): Catalog {
  const genres = new Map<string, readonly string[]>()
  const films = (readAll(join(dataDir, 'films')) as (SearchFilm & { genres?: string[] })[]).map(
    (film): SearchFilm => {
      genres.set(film.id, film.genres ?? [])
      return {
        id: film.id,
        title: film.title,
        year: film.year,
        cast: film.cast,
        rating: film.rating,
        sources: film.sources,
        ...(film.distinction ? { distinction: film.distinction } : {}),
        ...(film.sourced ? { sourced: film.sourced } : {}),
      }
    },
  )
  const people = (readAll(join(dataDir, 'people')) as SearchPerson[]).map(
    (person): SearchPerson => ({
      id: person.id,
      name: person.name,
      label: person.label,
      films: person.films,
      filmography: person.filmography.map((entry) => ({ film: entry.film })),
    }),
  )
  return { films, people, genres }
}

export function toRecords(catalog: Catalog): SearchRecord[] {
  return [
    ...catalog.films.map((film): SearchRecord => ({
      kind: 'film',
      id: film.id,
      title: film.title,
      year: film.year,
      names: film.cast.slice(0, 3).map((credit) => credit.actor),
      genres: catalog.genres.get(film.id) ?? [],
    })),
    ...catalog.people.map((person): SearchRecord => ({
      kind: 'person',
      id: person.id,
      name: person.name,
      label: person.label,
      films: person.films,
    })),
  ]
}

/** gen10x.mjs's generator, seed and all, so the figures compare with ADR 11's. */
function seeded(seed: number) {
  let state = seed
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648
    return state / 2147483648
  }
}

const WORD = /\p{L}{3,}/u
const wordsOf = (texts: readonly string[]) =>
  texts.flatMap((text) =>
    text
      .split(/\s+/)
      .filter((word) => WORD.test(word))
      .map((word) => word.replace(/[^\p{L}\p{N}'-]/gu, '')),
  )

/**
 * Ten copies of every record: the first is the real one; each of the others
 * has `-x<n>` on its id (and on its cast's person ids, so films keep their
 * notability) and one more word on its title or name, drawn from the real
 * titles' or names' words.
 */
export function tenTimes(catalog: Catalog): Catalog {
  const random = seeded(17)
  const titleWords = wordsOf(catalog.films.map((film) => film.title))
  const nameWords = wordsOf(catalog.people.map((person) => person.name))
  const pick = (words: readonly string[]) => words[Math.floor(random() * words.length)] ?? ''
  const films: SearchFilm[] = []
  const people: SearchPerson[] = []
  // Films then people within each copy, in the order gen10x.mjs drew its words.
  for (let copy = 0; copy < 10; copy += 1) {
    for (const film of catalog.films) {
      if (copy === 0) films.push(film)
      else
        films.push({
          ...film,
          id: `${film.id}-x${copy}`,
          title: `${film.title} ${pick(titleWords)}`,
          cast: film.cast.map((credit) =>
            credit.personId ? { ...credit, personId: `${credit.personId}-x${copy}` } : credit,
          ),
        })
    }
    for (const person of catalog.people) {
      if (copy === 0) people.push(person)
      else
        people.push({
          ...person,
          id: `${person.id}-x${copy}`,
          name: `${person.name} ${pick(nameWords)}`,
          filmography: person.filmography.map((entry) => ({ film: `${entry.film}-x${copy}` })),
        })
    }
  }
  return { films, people, genres: catalog.genres }
}

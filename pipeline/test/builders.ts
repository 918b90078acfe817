import type { Film } from '../../contract/film-schema.ts'
import { listFilm } from '../films/merge.ts'
import type { Appearance } from '../people/people.ts'
import type { ListEntry } from '../sources/read-lists.ts'

/**
 * The pipeline's test fixtures, built one way, so each test states only the
 * facts it is about.
 */

/** A decade file as the lists write it: one film a line. */
export const decadeFile = (rows: readonly string[], file = 'movies-1980s.json') => ({
  file,
  text: `[\n${rows.join(',\n')}\n]\n`,
})

/** A row of a decade list, read and typed: _Mask_ (1985) unless told otherwise. */
export const listEntry = (facts: Partial<ListEntry> = {}): ListEntry => ({
  title: 'Mask',
  year: 1985,
  cast: [],
  genres: ['Drama'],
  href: null,
  source: { file: 'movies-1980s.json', line: 2, index: 0 },
  ...facts,
})

/** A cast member of a list film, with a person when the test needs one. */
export interface BuiltCredit {
  readonly actor: string
  readonly personId?: string
  readonly note?: string | null
}

/** The film the lists make of one entry, its cast (names or credits) in billing order. */
export const listedFilm = (
  id: string,
  facts: Partial<ListEntry> = {},
  cast: ReadonlyArray<string | BuiltCredit> = [],
): Film =>
  listFilm(
    listEntry(facts),
    id,
    cast.map((each) => {
      const { actor, personId, note = null } = typeof each === 'string' ? { actor: each } : each
      return personId === undefined ? { actor, note } : { actor, note, personId }
    }),
  )

// Every built appearance is a credit of its own, as in a real cast.
let place = 0

/**
 * A credit in a list film, at a place no other built credit holds; the film's
 * title and year follow from its id, as in the catalog.
 */
export function appearance(
  actor: string,
  year: number,
  { n = 0, disambiguator = null as string | null, title = '', documentary = false } = {},
): Appearance {
  const film = `film-${year}-${n}`
  return {
    film,
    credit: place++,
    year,
    title: title || `Film ${year} ${n}`,
    documentary,
    actor,
    disambiguator,
    origin: 'wikipedia-list',
    source: { file: `movies-${Math.floor(year / 10) * 10}s.json`, line: 2, index: 0, film },
  }
}

import type { Appearance } from '../people/people.ts'

/**
 * The pipeline's test fixtures, built one way, so each test states only the
 * facts it is about.
 */

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

import { formatFilmLabel, formatOneLine } from '../../lib/format.ts'
import type { SearchResults } from './api/search-run.ts'
import { personName } from './search-hits.ts'

/** The best answers a description names. */
const NAMED = 3

/**
 * The results page's description, for link previews and search engines
 * (the server renders the page: src/entry-server.tsx): what the query found,
 * best first, or that it found nothing.
 */
export function describeSearch(query: string, results: SearchResults | undefined): string {
  const q = query.trim()
  if (!q || !results) return 'Search the films and people of Film Explorer by title or name.'
  const names = [
    ...results.films.map((film) => formatFilmLabel(film.title, film.year, film.distinction)),
    ...results.people.map(personName),
  ]
  // Whichever kind holds the best match first, as the page lists them.
  if ((results.people[0]?.score ?? -Infinity) > (results.films[0]?.score ?? -Infinity))
    names.splice(0, 0, ...names.splice(results.films.length))
  const best = names.slice(0, NAMED)
  if (!best.length) return `Nothing in Film Explorer matches “${q}”.`
  const listed = best.length > 1 ? `${best.slice(0, -1).join(', ')} and ${best.at(-1)}` : best[0]
  return formatOneLine(`Films and people matching “${q}” in Film Explorer: ${listed}.`)
}

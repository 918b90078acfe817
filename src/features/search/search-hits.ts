import type { SearchResults } from './api/search-run.ts'
import { formatFilmLabel, plural } from '../../lib/format.ts'
import type { FilmHit, PersonHit } from '../../../contract/search-engine.ts'
import { isDataLoadError } from '../../data/load-error.ts'
import { filmPath, personPath } from '../../../contract/routes.ts'

/** "A", "A and B". */
const names = (list: readonly string[]) =>
  list.length > 1 ? `${list.slice(0, -1).join(', ')} and ${list.at(-1)}` : (list[0] ?? '')

/** "Harrison Ford (1917–1928)": the name, and what tells namesakes apart. */
export const personName = (person: Pick<PersonHit, 'name' | 'label'>) =>
  person.label ? `${person.name} (${person.label})` : person.name

/** "16 films". */
export const personDetail = (person: Pick<PersonHit, 'films'>) =>
  plural(person.films, 'film', 'films')

/** "1934 · with Jackie Cooper and Wallace Beery": how remakes of one title tell apart. */
export const filmDetail = (film: Pick<FilmHit, 'year' | 'names'>) =>
  film.names.length ? `${film.year} · with ${names(film.names.slice(0, 2))}` : String(film.year)

export interface ResultGroup {
  readonly kind: 'together' | 'films' | 'people'
  readonly label: string
  readonly items: ReadonlyArray<{
    readonly id: string
    readonly href: string
    readonly name: string
    readonly detail: string
  }>
}

/**
 * The results in the order to show them: the films two named people share
 * first, then whichever of films and people holds the best match ("cher"
 * lists people first, "moonstruck" films).
 */
export function resultGroups(results: SearchResults): ResultGroup[] {
  const groups: Array<ResultGroup & { readonly best: number }> = []
  const { together } = results
  if (together) {
    groups.push({
      kind: 'together',
      label: `Films with ${together.people.map((person) => person.name).join(' and ')}`,
      best: Infinity,
      items: together.films.map((film) => ({
        id: film.id,
        href: filmPath(film.id),
        name: formatFilmLabel(film.title, null, film.distinction),
        detail: String(film.year),
      })),
    })
  }
  if (results.films.length)
    groups.push({
      kind: 'films',
      label: 'Films',
      best: results.films[0]?.score ?? 0,
      items: results.films.map((film) => ({
        id: film.id,
        href: filmPath(film.id),
        name: formatFilmLabel(film.title, null, film.distinction),
        detail: filmDetail(film),
      })),
    })
  if (results.people.length)
    groups.push({
      kind: 'people',
      label: 'People',
      best: results.people[0]?.score ?? 0,
      items: results.people.map((person) => ({
        id: person.id,
        href: personPath(person.id),
        name: personName(person),
        detail: personDetail(person),
      })),
    })
  return groups.sort((a, b) => b.best - a.best).map(({ best: _, ...group }) => group)
}

/** "1 film together, 3 films and 2 people", for the live region. */
export function resultCount(results: SearchResults): string {
  const parts = [
    results.together && `${plural(results.together.films.length, 'film', 'films')} together`,
    results.films.length && plural(results.films.length, 'film', 'films'),
    results.people.length && plural(results.people.length, 'person', 'people'),
  ].filter(Boolean)
  const last = parts.pop()
  return last ? [parts.join(', '), last].filter(Boolean).join(' and ') : 'No results'
}

/**
 * Why a search has no answers and what to do, alike in the list and on the
 * results page. A file from a newer build than this tab's code: a reload,
 * not a retry, cures it. Offline, a search answers only from the index saved
 * on the device, and runs again by itself once the connection is back.
 */
export function searchFailure(error: Error): string {
  const kind = isDataLoadError(error) && error.kind
  return `${error.message} ${
    kind === 'stale'
      ? 'Reload the page to search the new version.'
      : kind === 'offline'
        ? 'Searches made before still work; this one runs by itself when you are back online.'
        : 'Check your connection and try again.'
  }`
}

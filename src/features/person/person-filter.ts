import type { FilmographyEntry } from '../../../contract/person-schema.ts'
import type { Role } from '../../../contract/person-roles.ts'
import { fold, matchesAll, tokenize, type FoldedText } from '../../../contract/text-match.ts'
import type { PersonParams, PersonRole, PersonSort } from './person-params.ts'

/** One choice of a filter, with how many films it keeps. */
export interface Facet {
  readonly value: string
  readonly films: number
}

export interface Facets {
  /** In time order. */
  readonly decades: readonly Facet[]
  /** Most films first, then by name. */
  readonly genres: readonly Facet[]
  /** The roles the person has, in the order of their films. */
  readonly roles: readonly Role[]
}

// As contract/person-roles.ts's rolesOf, written here: importing it would
// make a chunk of its own, which costs the page more bytes than the line.
const rolesOf = (entry: FilmographyEntry): readonly Role[] => entry.roles ?? ['actor']

export const decadeOf = (year: number) => `${year - (year % 10)}s`

function count(values: readonly string[]): Facet[] {
  const films = new Map<string, number>()
  for (const value of values) films.set(value, (films.get(value) ?? 0) + 1)
  return [...films].map(([value, n]) => ({ value, films: n }))
}

export function facetsOf(filmography: readonly FilmographyEntry[]): Facets {
  // The filmography is in year order, so its decades come out in order too.
  const decades = count(filmography.map((entry) => decadeOf(entry.year)))
  const genres = count(filmography.flatMap((entry) => [...new Set(entry.genres)])).sort(
    (a, b) => b.films - a.films || a.value.localeCompare(b.value, 'en'),
  )
  return { decades, genres, roles: [...new Set(filmography.flatMap(rolesOf))] }
}

// What the text search looks in: the film, and the person's part in it.
const folded = new WeakMap<FilmographyEntry, readonly FoldedText[]>()
function fieldsOf(entry: FilmographyEntry): readonly FoldedText[] {
  let fields = folded.get(entry)
  if (!fields) {
    fields = [entry.title, entry.character, entry.note, entry.creditedAs]
      .filter((field) => field !== null)
      .map(fold)
    folded.set(entry, fields)
  }
  return fields
}

const SORTS: Record<PersonSort, (a: FilmographyEntry, b: FilmographyEntry) => number> = {
  // The file's order: by year, then by title.
  oldest: () => 0,
  newest: (a, b) => b.year - a.year,
  title: (a, b) => a.title.localeCompare(b.title, 'en') || a.year - b.year,
}

export interface FilmographyView {
  readonly entries: readonly FilmographyEntry[]
  readonly tokens: readonly string[]
  /** The filters in force: a decade or genre the person has no film in is none, a role of a person without both none. */
  readonly role: PersonRole
  readonly decade: string
  readonly genre: string
  readonly narrowed: boolean
}

export function filterFilmography(
  filmography: readonly FilmographyEntry[],
  facets: Facets,
  params: PersonParams,
): FilmographyView {
  const tokens = tokenize(params.q)
  const has = (list: readonly Facet[], value: string) => list.some((f) => f.value === value)
  const decade = has(facets.decades, params.decade) ? params.decade : ''
  const genre = has(facets.genres, params.genre) ? params.genre : ''
  const role = facets.roles.length > 1 ? params.role : ''
  const entries = filmography
    .filter(
      (entry) =>
        (!role || rolesOf(entry).includes(role)) &&
        (!decade || decadeOf(entry.year) === decade) &&
        (!genre || entry.genres.includes(genre)) &&
        (tokens.length === 0 || matchesAll(fieldsOf(entry), tokens)),
    )
    // Stable, so films of one year keep the file's order by title.
    .sort(SORTS[params.sort])
  const narrowed = Boolean(role || decade || genre || tokens.length)
  return { entries, tokens, role, decade, genre, narrowed }
}

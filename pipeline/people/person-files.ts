import type { Film, FilmSource } from '../../contract/film-schema.ts'
import { FILM_SOURCES, MORE_SOURCES, shownDirectors } from '../../contract/film-schema.ts'
import {
  CO_STAR_MIN_FILMS,
  PERSON_CO_STARS,
  type FilmographyEntry,
  type Person,
} from '../../contract/person-schema.ts'
import { rolesOf } from '../../contract/person-roles.ts'
import { fold } from '../../contract/text-match.ts'
import { MORE_CREDITS } from '../sources/more-sources.ts'
import type { ResolvedPerson } from './people.ts'

/**
 * Derived: a file for each person credited in the films that passed
 * validation, so a person page never links to a film that is not there.
 * Filmographies and co-stars come from the films as written; `sources` says
 * which source named the person in each film (a merged film such as Mask has
 * both). A film's directors (its `directorIds`) get an entry with the role
 * `director`, or that role on their cast entry when they act in it too; the
 * co-stars are cast met in the films they act in.
 */

/** `film` + NUL + `person` → the sources that credit the person there. */
export type CreditSources = ReadonlyMap<string, ReadonlySet<FilmSource>>
export const creditSourceKey = (film: string, person: string) => `${film}\u0000${person}`

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true })
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)
const joined = (values: ReadonlyArray<string | null>, separator: string) => {
  if (values.length === 1) return values[0] ?? null
  const distinct = [...new Set(values.filter((value): value is string => value !== null))]
  return distinct.length > 0 ? distinct.join(separator) : null
}

/** One filmography entry from a person's credits in one film (two parts in a film are one entry). */
function entryOf(
  film: Film,
  person: ResolvedPerson,
  own: Film['cast'],
  named: ReadonlySet<FilmSource> | undefined,
): FilmographyEntry {
  const actors = joined(
    own.map((credit) => credit.actor),
    ' / ',
  )
  return {
    film: film.id,
    title: film.title,
    ...(film.distinction ? { distinction: film.distinction } : {}),
    year: film.year,
    genres: film.genres,
    character: joined(
      own.map((credit) => credit.character),
      ' / ',
    ),
    note: joined(
      own.map((credit) => credit.note),
      ', ',
    ),
    creditedAs: actors === person.name ? null : actors,
    sources: named
      ? FILM_SOURCES.filter((source) => named.has(source))
      : [...(film.sources?.cast ?? [])],
  }
}

const SOURCE_ORDER = [...FILM_SOURCES, ...MORE_SOURCES]

/** Adds the director's role to a person's entry for a film, or makes the entry. */
function direct(
  film: Film,
  person: ResolvedPerson,
  credited: string,
  entry: FilmographyEntry | undefined,
): FilmographyEntry {
  const from = shownDirectors(film).from
  if (entry) {
    const sources = SOURCE_ORDER.filter((s) => entry.sources.includes(s) || from.includes(s))
    return { ...entry, roles: ['actor', 'director'], sources }
  }
  return {
    film: film.id,
    title: film.title,
    ...(film.distinction ? { distinction: film.distinction } : {}),
    year: film.year,
    genres: film.genres,
    character: null,
    note: null,
    creditedAs: credited === person.name ? null : credited,
    sources: SOURCE_ORDER.filter((s) => from.includes(s)),
    roles: ['director'],
  }
}

export function personFiles(
  films: readonly Film[],
  people: readonly ResolvedPerson[],
  sources: CreditSources,
): Person[] {
  const index = new Map(people.map((person, i) => [person.id, i]))
  const filmographies: FilmographyEntry[][] = people.map(() => [])
  // Each film's cast as person indices: co-stars are counted in typed arrays,
  // as a map per person of every co-star (a million pairs) costs seconds.
  const castOf = new Map<string, Int32Array>()
  for (const film of films) {
    const credits = new Map<number, Film['cast'][number][]>()
    for (const credit of film.cast) {
      const i = credit.personId === undefined ? undefined : index.get(credit.personId)
      if (i === undefined) continue
      const own = credits.get(i)
      if (own) own.push(credit)
      else credits.set(i, [credit])
    }
    const entries = new Map<number, FilmographyEntry>()
    for (const [i, own] of credits) {
      const person = people[i] as ResolvedPerson
      const named = sources.get(creditSourceKey(film.id, person.id))
      entries.set(i, entryOf(film, person, own, named))
    }
    const names = shownDirectors(film).names
    film.directorIds?.forEach((id, place) => {
      const i = index.get(id)
      if (i === undefined) return
      const person = people[i] as ResolvedPerson
      entries.set(i, direct(film, person, names[place] as string, entries.get(i)))
    })
    for (const [i, entry] of entries) filmographies[i]?.push(entry)
    castOf.set(film.id, Int32Array.from(credits.keys()))
  }
  // Co-stars of as many shared films are ordered by name: each person's rank in that order.
  const byName = people
    .map((person, i) => [`${fold(person.name).text}\u0000${person.id}`, i] as const)
    .sort((a, b) => compare(a[0], b[0]))
  const rank = new Int32Array(people.length)
  byName.forEach(([, i], position) => (rank[i] = position))
  const shared = new Int32Array(people.length)
  const result: Person[] = []
  people.forEach((person, i) => {
    const filmography = filmographies[i] as FilmographyEntry[]
    if (filmography.length === 0) return
    filmography.sort(
      (a, b) => a.year - b.year || collator.compare(a.title, b.title) || compare(a.film, b.film),
    )
    const met: number[] = []
    for (const entry of filmography) {
      if (!rolesOf(entry).includes('actor')) continue
      for (const j of castOf.get(entry.film) ?? []) {
        if (j === i) continue
        if (shared[j] === 0) met.push(j)
        shared[j] = (shared[j] as number) + 1
      }
    }
    met.sort(
      (a, b) =>
        (shared[b] as number) - (shared[a] as number) || (rank[a] as number) - (rank[b] as number),
    )
    // One shared film is that film's cast, which its page shows: a co-star
    // is someone met again.
    const again = met.filter((j) => (shared[j] as number) >= CO_STAR_MIN_FILMS)
    const coStars = again.slice(0, PERSON_CO_STARS).map((j) => {
      const other = people[j] as ResolvedPerson
      return { id: other.id, name: other.name, label: other.label, films: shared[j] as number }
    })
    for (const j of met) shared[j] = 0
    result.push(toPerson(person, filmography, coStars))
  })
  return result.sort((a, b) => compare(a.id, b.id))
}

function toPerson(
  person: ResolvedPerson,
  filmography: FilmographyEntry[],
  coStars: Person['coStars'],
): Person {
  const credits: string[] = []
  const paged = filmography.filter((entry) => entry.sources.includes('page'))
  if (paged.length > 0)
    credits.push(
      `, and for ${paged.map((entry) => entry.title).join(', ')} from the film's own page`,
    )
  // Only a directed film has a set among its sources.
  const sets = MORE_SOURCES.filter((set) => filmography.some((e) => e.sources.includes(set)))
  if (sets.length > 0)
    credits.push(`; directors from ${sets.map((set) => MORE_CREDITS[set]).join('; and from ')}`)
  const perYear = new Map<number, number>()
  for (const { year } of filmography) perYear.set(year, (perYear.get(year) ?? 0) + 1)
  return {
    schemaVersion: 2,
    id: person.id,
    name: person.name,
    label: person.label,
    ...(person.group ? { kind: 'group' as const } : {}),
    films: filmography.length,
    filmography,
    filmsPerYear: [...perYear].map(([year, films]) => ({ year, films })),
    coStars,
    ...(credits.length > 0 ? { credits } : {}),
  }
}

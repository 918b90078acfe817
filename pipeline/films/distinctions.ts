import type { Film } from '../../contract/film-schema.ts'
import { articleQualifier } from './film-ids.ts'
import { nameKey } from './merge.ts'

/**
 * Films that share a title and a year (the two Carmens of 1915) are told
 * apart wherever the app names them, by what the data knows of each:
 *
 * 1. what its Wikipedia article adds to the title ("Cecil B. DeMille" for
 *    "Carmen_(1915_Cecil_B._DeMille_film)", "animated" for
 *    "Treasure_Island_(1972_animated_film)"), as the article writes it;
 * 2. else its first stars, as few as tell it apart ("with Theda Bara");
 * 3. else its directors;
 * 4. else, when its facts are those of its twin too, its id, which always differs.
 *
 * A film takes the first of these that none of its twins shares, so the
 * labels of a title and year are distinct. A film with no twin gets none:
 * its title and year already name it. Titles are compared as the merge
 * compares them (case, accents and punctuation aside). Pure, and
 * independent of the films' order.
 */

type Twin = Pick<Film, 'id' | 'title' | 'year' | 'wikipedia' | 'stars' | 'cast' | 'directors'>

/** "A", "A and B", "A, B and C". */
const names = (list: readonly string[]) =>
  list.length > 1 ? `${list.slice(0, -1).join(', ')} and ${list.at(-1)}` : (list[0] ?? '')

function stars(film: Twin): string[] {
  const named = film.stars.map((star) => star.name)
  return named.length > 0 ? named : film.cast.slice(0, 3).map((credit) => credit.actor)
}

/** What tells a film apart, most telling first; '' where the data has nothing. */
function candidates(film: Twin): string[] {
  const billed = stars(film)
  return [
    articleQualifier({ title: film.title, href: film.wikipedia }),
    ...[1, 2, 3].map((count) =>
      billed.length >= count ? `with ${names(billed.slice(0, count))}` : '',
    ),
    film.directors.length > 0 ? `directed by ${names(film.directors)}` : '',
  ]
}

const twinKey = (film: Pick<Film, 'title' | 'year'>) => `${nameKey(film.title)}|${film.year}`

/** Each twin's label, by id; films that share nothing get none. */
export function distinctions(films: readonly Twin[]): Map<string, string> {
  const groups = new Map<string, Twin[]>()
  for (const film of films) groups.set(twinKey(film), [...(groups.get(twinKey(film)) ?? []), film])
  const labels = new Map<string, string>()
  for (const group of groups.values()) {
    if (group.length < 2) continue
    const options = new Map(group.map((film) => [film.id, candidates(film)]))
    const taken = new Set<string>()
    for (let level = 0; level < 5; level += 1) {
      const count = new Map<string, number>()
      for (const [, list] of options) {
        const text = list[level] ?? ''
        count.set(text, (count.get(text) ?? 0) + 1)
      }
      for (const [id, list] of options) {
        const text = list[level] ?? ''
        if (labels.has(id) || !text || count.get(text) !== 1 || taken.has(text)) continue
        labels.set(id, text)
        taken.add(text)
      }
    }
    for (const film of group) if (!labels.has(film.id)) labels.set(film.id, film.id)
  }
  return labels
}

/** The films, each twin with its `distinction` and every other film without one. */
export function distinguish(films: readonly Film[]): Film[] {
  const labels = distinctions(films)
  return films.map(({ distinction: _, ...film }) => {
    const label = labels.get(film.id)
    return label ? { ...film, distinction: label } : film
  })
}

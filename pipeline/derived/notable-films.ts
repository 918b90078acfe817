import type { CatalogEntry, CatalogPage, NotableDecade } from '../../contract/catalog-schema.ts'
import { catalogPath, filterSlug } from '../../contract/catalog-path.ts'
import { shownDirectors, type Film } from '../../contract/film-schema.ts'
import { catalogEntry } from './paginate.ts'

/**
 * The front page's first screen: the most notable films of each decade
 * (ADR 15's score), so a fan sees films worth opening before the A–Z of
 * 36,000. Pure: films and their scores in, a few dozen entries out.
 */

export const NOTABLE_PER_DECADE = 6

/**
 * Known beyond Wikipedia's yearly lists: another source records it (one of
 * the two sets, or a page of its own). A film the lists alone name scores on
 * its cast and its namesakes only, which ranks Harold Lloyd's shorts and
 * "The Woman" (1915) first in the 1910s and "Fortress" (2021) above
 * "Barbie" in the 2020s: a decade with no such film is left out, not filled
 * with those.
 */
const knownElsewhere = (film: Film) =>
  film.sourced !== undefined || film.sources.overview.includes('page')

/** A card names the directors a film shows (its page's, else the two sets'), else its first two stars. */
const card = (film: Film): CatalogEntry => {
  const entry = catalogEntry(film)
  return { ...entry, directors: [...shownDirectors(film).names], stars: entry.stars.slice(0, 2) }
}

/** IMDb votes, where a source gives them: what tells apart films the score caps at 99 alike. */
const votes = (film: Film) => film.sourced?.imdb?.votes ?? film.rating?.votes ?? 0

const decadeOf = (film: Film) => `${film.year - (film.year % 10)}s`

/**
 * Each decade's `perDecade` most notable films known beyond the lists, most
 * notable first (then most voted, oldest, by id), decades in order; each
 * with the URL of its decade's films by title.
 */
export function notableFilms(
  films: readonly Film[],
  scores: ReadonlyMap<string, number>,
  perDecade = NOTABLE_PER_DECADE,
): NotableDecade[] {
  const byDecade = new Map<string, Film[]>()
  // A card says who made the film or who is in it: one that could name
  // neither would have nothing to tell a fan.
  const named = (film: Film) => film.cast.length > 0 || shownDirectors(film).names.length > 0
  for (const film of films.filter((each) => knownElsewhere(each) && named(each))) {
    const same = byDecade.get(decadeOf(film))
    if (same) same.push(film)
    else byDecade.set(decadeOf(film), [film])
  }
  const score = (film: Film) => scores.get(film.id) ?? 0
  return [...byDecade.keys()].sort().map((decade) => ({
    decade,
    href: catalogPath({ filter: filterSlug(decade, null), order: 'title', page: 1 }),
    films: (byDecade.get(decade) ?? [])
      .sort(
        (a, b) =>
          score(b) - score(a) || votes(b) - votes(a) || a.year - b.year || (a.id < b.id ? -1 : 1),
      )
      .slice(0, perDecade)
      .map(card),
  }))
}

/** The catalog's pages, its front page (the whole catalog by title, page 1) with the notable films. */
export const withNotable = (pages: readonly CatalogPage[], notable: NotableDecade[]) =>
  pages.map((page) =>
    page.order === 'title' && page.page === 1 && !page.filter.slug && notable.length > 0
      ? { ...page, notable }
      : page,
  )

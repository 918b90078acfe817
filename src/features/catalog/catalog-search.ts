import type { CatalogEntry } from '../../data/catalog-schema.ts'
import { fold, matchesAll, tokenize } from '../../lib/text-match.ts'
import type { CatalogParams } from './catalog-params.ts'

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true })
const outOfTen = (film: CatalogEntry) =>
  film.rating ? (film.rating.value / film.rating.max) * 10 : -1

const COMPARE = {
  title: (a: CatalogEntry, b: CatalogEntry) =>
    collator.compare(a.title, b.title) || a.year - b.year,
  // Newest first, the order people browse a filmography in.
  year: (a: CatalogEntry, b: CatalogEntry) => b.year - a.year || collator.compare(a.title, b.title),
  // Highest first; unrated films last.
  rating: (a: CatalogEntry, b: CatalogEntry) =>
    outOfTen(b) - outOfTen(a) || collator.compare(a.title, b.title),
} as const

/** Films whose title, year or director match every word of `q`, in the chosen order. */
export function searchCatalog(films: readonly CatalogEntry[], { q, sort }: CatalogParams) {
  const tokens = tokenize(q)
  const matched =
    tokens.length === 0
      ? films
      : films.filter((film) =>
          matchesAll(
            [fold(film.title), fold(String(film.year)), ...film.directors.map(fold)],
            tokens,
          ),
        )
  return { films: [...matched].sort(COMPARE[sort]), tokens }
}

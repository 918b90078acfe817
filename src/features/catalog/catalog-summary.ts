import type { CatalogPage } from '../../data/catalog-schema.ts'
import type { CatalogView } from '../../data/catalog-view.ts'

/** What a page spans: "Abbott and Costello Meet Frankenstein – Ace in the Hole", or "2023". */
export function pageSpan({ order, films }: CatalogPage): string {
  const [first, last] = [films[0], films.at(-1)].map(
    (film) => film && (order === 'title' ? film.title : String(film.year)),
  )
  return first === last ? (first ?? '') : `${first} – ${last}`
}

/** The page's title before the site's name: "Films" on `/`, else "Films by year, page 2". */
export function catalogTitle({ order, page }: CatalogView): string {
  return order === 'title' && page === 1 ? 'Films' : `Films by ${order}, page ${page}`
}

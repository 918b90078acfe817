import type { CatalogPage } from '../../../contract/catalog-schema.ts'
import type { CatalogOrder } from '../../../contract/catalog-view.ts'

/** What a page spans: "Abbott and Costello Meet Frankenstein – Ace in the Hole", or "2023". */
export function pageSpan({ order, films }: CatalogPage): string {
  const [first, last] = [films[0], films.at(-1)].map(
    (film) => film && (order === 'title' ? film.title : String(film.year)),
  )
  return first === last ? (first ?? '') : `${first} – ${last}`
}

/** Each order as its choice says it, and as the heading of a view in it. */
export const ORDER_NAMES: Record<CatalogOrder, string> = {
  title: 'By title',
  year: 'Newest first',
  oldest: 'Oldest first',
}

/**
 * What the view holds: "Films", "Drama films", "Films of the 1980s",
 * "Science fiction films of the 1980s" (a genre in a sentence's case).
 */
export function viewName({ filter: { decade, genre } }: Pick<CatalogPage, 'filter'>): string {
  const films = genre ? `${genre.charAt(0)}${genre.slice(1).toLowerCase()} films` : 'Films'
  return `${films}${decade ? ` of the ${decade}` : ''}`
}

/** The view's heading: its films, and its order when that is by year ("Films of the 1980s, newest first"). */
export function catalogHeading(page: Pick<CatalogPage, 'filter' | 'order'>): string {
  const name = viewName(page)
  return page.order === 'title' ? name : `${name}, ${ORDER_NAMES[page.order].toLowerCase()}`
}

/** The page's title before the site's name: "Films" on `/`, else "Drama films, newest first, page 2". */
export function catalogTitle(page: Pick<CatalogPage, 'filter' | 'order' | 'page'>): string {
  return page.order === 'title' && page.page === 1 && !page.filter.slug
    ? 'Films'
    : `${catalogHeading(page)}, page ${page.page}`
}

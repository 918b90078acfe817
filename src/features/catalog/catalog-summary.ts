import type { CatalogPage } from '../../../contract/catalog-schema.ts'

/** What a page spans: "Abbott and Costello Meet Frankenstein – Ace in the Hole", or "2023". */
export function pageSpan({ order, films }: CatalogPage): string {
  const [first, last] = [films[0], films.at(-1)].map(
    (film) => film && (order === 'title' ? film.title : String(film.year)),
  )
  return first === last ? (first ?? '') : `${first} – ${last}`
}

/** What the view holds: "Films", "Drama films", "Films of the 1980s", "Drama films of the 1980s". */
export function viewName({ filter: { decade, genre } }: Pick<CatalogPage, 'filter'>): string {
  return `${genre ? `${genre} films` : 'Films'}${decade ? ` of the ${decade}` : ''}`
}

/** The page's title before the site's name: "Films" on `/`, else "Drama films by year, page 2". */
export function catalogTitle(page: Pick<CatalogPage, 'filter' | 'order' | 'page'>): string {
  return page.order === 'title' && page.page === 1 && !page.filter.slug
    ? 'Films'
    : `${viewName(page)} by ${page.order}, page ${page.page}`
}

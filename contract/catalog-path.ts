import type { CatalogView } from './catalog-view.ts'

/**
 * A catalog view's URL and its filter's slug, apart from the parsing in
 * catalog-view.ts: the film's overview links to the browse views with these
 * few lines, and need not load the rest.
 */

/** A genre as a path segment: "Science Fiction" is `science-fiction`. */
export const genreSlug = (genre: string) =>
  genre
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')

/** The slug of a decade ("1980s") and a genre, either or both; '' for neither. */
export const filterSlug = (decade: string | null, genre: string | null) =>
  [decade, genre && genreSlug(genre)].filter(Boolean).join('-')

/** The one URL of a catalog page: `/`, `/catalog/title/2`, `/catalog/1980s/year/1`. */
export function catalogPath({ filter, order, page }: CatalogView): string {
  if (filter) return `/catalog/${filter}/${order}/${page}`
  return order === 'title' && page === 1 ? '/' : `/catalog/${order}/${page}`
}

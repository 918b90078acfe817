/**
 * Every page of the app by its URL pattern, defined once: the router builds
 * its routes from these (src/app/routes.tsx, pairing each with its code),
 * and the server and the build match paths with `matchPage`
 * (match-page.ts, apart so that the browser's core never carries it). A new page or
 * section is one entry here and its route module.
 */

/** A film's sections, in tab order: each is `/films/:filmId` and its path. */
export const FILM_SECTIONS = [
  { kind: 'overview', path: '', label: 'Overview' },
  { kind: 'cast', path: 'cast', label: 'Cast' },
  { kind: 'trivia', path: 'trivia', label: 'Trivia' },
  { kind: 'reviews', path: 'reviews', label: 'Reviews' },
] as const

export type FilmSectionKind = (typeof FILM_SECTIONS)[number]['kind']

/** The route patterns, as React Router spells them (no leading slash). */
export const FILM_ROUTE = 'films/:filmId'
export const PERSON_ROUTE = 'people/:personId'
export const SEARCH_ROUTE = 'search'
/** `/` is the catalog's first page by title; these are the others. */
export const CATALOG_ROUTE = 'catalog/:order/:page'
export const CATALOG_FILTERED_ROUTE = 'catalog/:filter/:order/:page'

/** The catalog (`/` and the catalog patterns), a person, the search's results. */
export const CATALOG_PAGE = { kind: 'catalog', path: '', label: 'Films' } as const
export const PERSON_PAGE = { kind: 'person', path: PERSON_ROUTE, label: 'Person' } as const
export const SEARCH_PAGE = { kind: 'search', path: SEARCH_ROUTE, label: 'Search' } as const

export type PageKind =
  typeof CATALOG_PAGE.kind | typeof PERSON_PAGE.kind | typeof SEARCH_PAGE.kind | FilmSectionKind

/** A film's URL, its overview: `/films/mask-1985`. */
export const filmPath = (filmId: string) => `/films/${filmId}`

/** A section's URL for a film: `/films/mask-1985/cast`. */
export function sectionPath(filmId: string, section: { readonly path: string }): string {
  return `${filmPath(filmId)}${section.path && `/${section.path}`}`
}

/** A person's URL: `/people/cher`. */
export const personPath = (personId: string) => `/people/${personId}`

/** The search's results for a query: `/search?q=cher`. */
export const searchPath = (query: string) =>
  `/${SEARCH_ROUTE}?${new URLSearchParams({ q: query.trim() })}`

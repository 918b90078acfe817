import { FILM_SECTIONS, sectionPath } from '../../contract/routes.ts'

/**
 * The catalog's page by title that lists Mask, for tests that go from the
 * catalog to Mask (pipeline/real-data.test.ts checks the number).
 */
export const MASK_CATALOG_PAGE = '/catalog/title/152'

/** Every kind of page, for tests that check them all: each section of the registry, and more states. */
export const ROUTES = [
  ['catalog', '/'],
  ['catalog-by-year', '/catalog/year/2'],
  ...FILM_SECTIONS.map((section) => [section.kind, sectionPath('mask-1985', section)] as const),
  ['cast-search', '/films/mask-1985/cast?q=dennis&sort=actor'],
  ['person', '/people/cher'],
  ['person-long-career', '/people/harold-lloyd'],
  ['person-namesake-filtered', '/people/harrison-ford?decade=1910s&sort=newest'],
  ['browse', '/catalog/1980s-science-fiction/year/1'],
  ['search', '/search?q=treasure%20island'],
  ['not-found', '/no/such/page'],
  ['sample-overview', '/films/the-sample-lighthouse-1979'],
  ['sample-cast', '/films/the-sample-lighthouse-1979/cast'],
  ['sample-trivia', '/films/the-sample-lighthouse-1979/trivia'],
  ['minimal-reviews', '/films/sample-minimal-film-2003/reviews'],
] as const

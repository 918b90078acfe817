import { FILM_SECTIONS, sectionPath } from '../../contract/routes.ts'

/**
 * The catalog's page by title that lists Mask, for tests that go from the
 * catalog to Mask (pipeline/real-data.test.ts checks the number).
 */
export const MASK_CATALOG_PAGE = '/catalog/title/151'

/** A real film with no rich page (Casablanca, 1942): every "none recorded" state. */
export const LIST_FILM = 'casablanca-1942'

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
  // A film of the lists alone, with no page: a cast without characters, no
  // trivia, no reviews, served by the server's render, not prerendered.
  ['list-film-overview', `/films/${LIST_FILM}`],
  ['list-film-cast', `/films/${LIST_FILM}/cast`],
  ['list-film-trivia', `/films/${LIST_FILM}/trivia`],
  ['list-film-reviews', `/films/${LIST_FILM}/reviews`],
  ['title-in-brackets', '/films/untitled-2009'],
] as const

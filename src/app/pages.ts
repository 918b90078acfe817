import type { RouteObject } from 'react-router'

export interface Page {
  readonly kind: string
  /** The section's path under `/films/:filmId` ('' for the overview); the catalog is `/`, a person `people/:personId`. */
  readonly path: string
  /** Its tab's label, for a film's sections. */
  readonly label: string
  readonly lazy: NonNullable<RouteObject['lazy']>
}

/**
 * Every page and section of the app, in one list: the route tree, the tabs,
 * the prerenderer, the byte budget, the benchmark and the browser tests all
 * read it. A new section is one entry here plus its route module, which
 * declares its URL params and exports `handle = { params: keys }` so the
 * prerenderer knows which params the view owns.
 */
export const CATALOG_PAGE = {
  kind: 'catalog',
  path: '',
  label: 'Films',
  lazy: () => import('../features/catalog/catalog-route.tsx'),
} as const satisfies Page

/** A person's page, `/people/:personId`. */
export const PERSON_PAGE = {
  kind: 'person',
  path: 'people/:personId',
  label: 'Person',
  lazy: () => import('../features/person/person-route.tsx'),
} as const satisfies Page

/** The results of a search, `/search?q=`. */
export const SEARCH_PAGE = {
  kind: 'search',
  path: 'search',
  label: 'Search',
  lazy: () => import('../features/search/search-route.tsx'),
} as const satisfies Page

export const FILM_SECTIONS = [
  {
    kind: 'overview',
    path: '',
    label: 'Overview',
    lazy: () => import('../features/overview/overview-route.tsx'),
  },
  {
    kind: 'cast',
    path: 'cast',
    label: 'Cast',
    lazy: () => import('../features/cast/cast-route.tsx'),
  },
  {
    kind: 'trivia',
    path: 'trivia',
    label: 'Trivia',
    lazy: () => import('../features/trivia/trivia-route.tsx'),
  },
  {
    kind: 'reviews',
    path: 'reviews',
    label: 'Reviews',
    lazy: () => import('../features/reviews/reviews-route.tsx'),
  },
] as const satisfies readonly Page[]

export type PageKind =
  | typeof CATALOG_PAGE.kind
  | typeof PERSON_PAGE.kind
  | typeof SEARCH_PAGE.kind
  | (typeof FILM_SECTIONS)[number]['kind']

export const PAGES: readonly (Page & { readonly kind: PageKind })[] = [
  CATALOG_PAGE,
  PERSON_PAGE,
  SEARCH_PAGE,
  ...FILM_SECTIONS,
]

/** A section's URL for a film: `/films/mask-1985/cast`. */
export function sectionPath(filmId: string, section: Pick<Page, 'path'>): string {
  return `/films/${filmId}${section.path && `/${section.path}`}`
}

/**
 * A page's route module, by the one naming rule (its `lazy` imports the same
 * file): the build manifest names it so, and the prerenderer and the byte
 * budget find its files by it. A rule rather than a field, so the browser
 * never downloads the paths.
 */
export const routeModule = (kind: PageKind) => `src/features/${kind}/${kind}-route.tsx`

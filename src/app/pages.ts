import type { RouteObject } from 'react-router'
import type { PageKind } from '../../contract/routes.ts'

/**
 * Each page's code, loaded on its first visit: contract/routes.ts names the
 * pages and their URLs, and `routeModule(kind)` (contract/pages.ts) is the
 * file each loads, which declares its URL params and exports `handle = {
 * params: keys }`, so the prerenderer knows which params the view owns.
 */
export const PAGE_CODE = {
  catalog: () => import('../features/catalog/catalog-route.tsx'),
  person: () => import('../features/person/person-route.tsx'),
  search: () => import('../features/search/search-route.tsx'),
  overview: () => import('../features/film/overview/overview-route.tsx'),
  cast: () => import('../features/film/cast/cast-route.tsx'),
  trivia: () => import('../features/film/trivia/trivia-route.tsx'),
  reviews: () => import('../features/film/reviews/reviews-route.tsx'),
} satisfies Record<PageKind, NonNullable<RouteObject['lazy']>>

import type { QueryClient } from '@tanstack/react-query'
import { lazy, Suspense, type ReactNode } from 'react'
import type { LoaderFunctionArgs, RouteObject } from 'react-router'
import { DelayedLoading } from '../components/delayed-loading.tsx'
import { useWhenOnline } from '../hooks/use-when-online.ts'
import { filmLoader, FilmLayout } from '../features/film/film-layout.tsx'
import {
  CATALOG_FILTERED_ROUTE,
  CATALOG_ROUTE,
  FILM_ROUTE,
  FILM_SECTIONS,
  PERSON_ROUTE,
  SEARCH_ROUTE,
} from '../../contract/routes.ts'
import { PAGE_CODE } from './pages.ts'
import { RootLayout } from './root-layout.tsx'
import { skipRevalidationOnSearch } from './should-revalidate.ts'

// Error and not-found views load only when needed: every byte of the first
// visit counts against the route budget (docs/performance.md).
// If their code cannot be downloaded either (offline before any error was
// shown), a few words and a reload stand in for them.
const RouteError = lazy(() =>
  import('./route-error.tsx').then((module) => ({ default: module.RouteError }), offline),
)
const NotFound = lazy(() =>
  import('./not-found.tsx').then((module) => ({ default: module.NotFound }), offline),
)

function offline() {
  return { default: Offline }
}

const reload = () => location.reload()

/** Where an error view stands: in place of the page, or of a film's section. */
export interface ErrorScope {
  readonly scope?: 'page' | 'section'
}

// Stands in for the error and not-found views alike, so takes either's props.
function Offline({ scope = 'page' }: ErrorScope & { readonly message?: string }) {
  useWhenOnline(reload)
  return (
    <section className="error-view" role="alert">
      <p>
        This {scope} could not be shown: you are offline. It will open by itself when you are back
        online.
      </p>
      <button type="button" className="button" onClick={reload}>
        Reload
      </button>
    </section>
  )
}

/** What a page shows while its code and data load: "Loading film…". */
const loading = (what: string) => () => <DelayedLoading label={`Loading ${what}…`} />

/**
 * The whole route tree, used as-is by the browser router and by the tests'
 * memory router. Section views load lazily, so each route ships only its code.
 */
export function createRoutes(queryClient: QueryClient): RouteObject[] {
  // A page whose loader comes with its route's code (`pageLoader`), not in
  // the core every page loads: only that page needs it, and a prerendered or
  // server-rendered page has its route's code before any navigation.
  const pageRoute = (
    lazy: typeof PAGE_CODE.catalog | typeof PAGE_CODE.person,
    HydrateFallback: () => ReactNode,
  ) => ({
    loader: async (args: LoaderFunctionArgs) => (await lazy()).pageLoader(queryClient, args),
    lazy,
    HydrateFallback,
  })
  // `/` and every other page of the catalog. No shouldRevalidate: the catalog
  // has no search params.
  const catalogRoute = pageRoute(PAGE_CODE.catalog, loading('films'))
  return [
    {
      element: <RootLayout />,
      children: [
        {
          // Pathless, so errors render inside the layout: the header and its
          // way home stay on screen.
          errorElement: (
            <Suspense>
              <RouteError />
            </Suspense>
          ),
          children: [
            { index: true, ...catalogRoute },
            { path: CATALOG_ROUTE, ...catalogRoute },
            { path: CATALOG_FILTERED_ROUTE, ...catalogRoute },
            {
              path: PERSON_ROUTE,
              ...pageRoute(PAGE_CODE.person, loading('person')),
              shouldRevalidate: skipRevalidationOnSearch,
            },
            {
              path: SEARCH_ROUTE,
              lazy: PAGE_CODE.search,
              HydrateFallback: loading('search'),
              shouldRevalidate: skipRevalidationOnSearch,
            },
            {
              path: FILM_ROUTE,
              loader: filmLoader(queryClient),
              shouldRevalidate: skipRevalidationOnSearch,
              element: <FilmLayout />,
              HydrateFallback: loading('film'),
              children: [
                {
                  // A section that fails (its code cannot be downloaded) fails
                  // inside the film: the film is loaded, so its header and
                  // tabs stay, and only the section says what went wrong.
                  errorElement: (
                    <Suspense>
                      <RouteError scope="section" />
                    </Suspense>
                  ),
                  children: FILM_SECTIONS.map(({ path, kind }) =>
                    path ? { path, lazy: PAGE_CODE[kind] } : { index: true, lazy: PAGE_CODE[kind] },
                  ),
                },
              ],
            },
            // Any path no other route claims. Rendered directly rather than thrown
            // from a loader: there is nothing to load, so nothing to wait for.
            {
              path: '*',
              element: (
                <Suspense>
                  <NotFound />
                </Suspense>
              ),
            },
          ],
        },
      ],
    },
  ]
}

import { matchRoutes, type LoaderFunctionArgs, type RouteObject } from 'react-router'

/** What of a route this starts: ours are functions, and every loader is async and reads its params alone. */
interface Warmable {
  readonly lazy?: () => Promise<unknown>
  readonly loader?: (args: Pick<LoaderFunctionArgs, 'params'>) => Promise<unknown>
}

/**
 * How long the pointer or focus must rest on a link before its page starts:
 * a pointer sweeping over the catalog's hundred cards, or Tab passing
 * through them, starts none of the films it passes, only the one it stops on.
 */
export const INTENT_MS = 50

let pending: ReturnType<typeof setTimeout> | undefined

// A press opens the page itself: a warming still waiting would only fetch
// again what the click has just started (or, after a failed load, retry it
// behind the error the click shows).
for (const type of ['pointerdown', 'keydown'])
  addEventListener(type, () => clearTimeout(pending), true)

/**
 * Starts a page's code and data as the reader shows they mean to open it: a
 * pointer resting over its link (a touch is one too), or focus on it
 * (src/app/start-app.tsx listens). By the click, the route's module and
 * its data file are loaded or on their way, so the click waits for less
 * than a round trip. The router runs the same loaders on the click: they
 * find the queries cached, or join the fetches in flight. What goes wrong
 * here (a 404, a redirect, no network) is the click's to show. A link off
 * the site matches only the not-found route, which has nothing to start.
 */
export function warm(routes: RouteObject[], { target }: Event) {
  clearTimeout(pending)
  // A select (the catalog's filters) leads to a page whose data is not known
  // until the choice: start the code that fetches and checks it.
  if ((target as Element).closest?.('select')) import('../data/fetch-film.ts').catch(Boolean)
  const path = (target as Element).closest?.('a')?.pathname
  if (!path) return
  pending = setTimeout(() => {
    // Clicked before this module had loaded, and the page is open (or its
    // error shown): nothing left to start.
    if (location.pathname === path) return
    for (const { route, params } of matchRoutes(routes, path) ?? []) {
      const { lazy, loader } = route as Warmable
      Promise.all([lazy?.(), loader?.({ params })]).catch(Boolean)
    }
  }, INTENT_MS)
}

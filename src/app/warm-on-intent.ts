import {
  matchRoutes,
  type DataRouter,
  type LoaderFunctionArgs,
  type RouteObject,
} from 'react-router'
import { followLinks } from '../url-state/follow-links.ts'

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

/**
 * The page each app (its routes) last started, so the focus a press gives its
 * link does not start it again (after a failed load, that would fetch it twice).
 */
const started = new WeakMap<RouteObject[], string>()

/** The app's routes, as the first warming was given them: a press starts with them too. */
let known: RouteObject[] | undefined

/** The routers whose links are followed already (one in the page; one a test). */
const following = new WeakSet<DataRouter>()

/** A press or Enter: the surest intent there is, heard as soon as this module has loaded. */
const isPress = (event: Event) => {
  const { type, button, key, ctrlKey, metaKey, shiftKey, altKey } = event as PointerEvent &
    KeyboardEvent
  // With a modifier, the link opens in another tab or window, which loads its own.
  if (ctrlKey || metaKey || shiftKey || altKey) return false
  return type === 'pointerdown' ? button === 0 : type === 'keydown' && key === 'Enter'
}

for (const type of ['pointerdown', 'keydown'])
  addEventListener(type, (event) => isPress(event) && known && warm(known, event), true)

// This module loads with the reader's first pointer or focus on the page.
// Every next page fetches its data through the boundary (the validation
// and the data paths, two chunks a prerendered page never loads): fetch it
// while the reader is still reading, so a click waits for its data alone.
// (Safari has no requestIdleCallback: a timer there.)
;(globalThis.requestIdleCallback ?? setTimeout)(
  () => void import('../data/fetch-film.ts').catch(Boolean),
)

/**
 * Starts a page's code and data as the reader shows they mean to open it: a
 * pointer resting over its link (a touch is one too), focus on it (src/app/start-app.tsx
 * listens), or a press on it. By the click, the route's module and
 * its data file are loaded or on their way, so the click waits for less
 * than a round trip. The router runs the same loaders on the click: they
 * find the queries cached, or join the fetches in flight. What goes wrong
 * here (a 404, a redirect, no network) is the click's to show. A link off
 * the site matches only the not-found route, which has nothing to start.
 * With the router, the app's links are followed in the app from the first
 * intent on (src/url-state/follow-links.ts).
 */
export function warm(routes: RouteObject[], event: Event, router?: DataRouter) {
  known = routes
  if (router && !following.has(router)) {
    following.add(router)
    followLinks(router)
  }
  clearTimeout(pending)
  const { target } = event
  const path = (target as Element).closest?.('a')?.pathname
  // Already started (the focus a press gives its link), or open.
  if (!path || path === started.get(routes) || location.pathname === path) return
  const start = () => {
    // Clicked before the wait was over, and the page is open (or its error
    // shown): nothing left to start.
    if (location.pathname === path) return
    started.set(routes, path)
    for (const { route, params } of matchRoutes(routes, path) ?? []) {
      const { lazy, loader } = route as Warmable
      Promise.all([lazy?.(), loader?.({ params })]).catch(Boolean)
    }
  }
  // The click follows a press by the press's length (a tenth of a second, a
  // tap as much), and Enter opens at once: start now.
  if (isPress(event)) start()
  else pending = setTimeout(start, INTENT_MS)
}

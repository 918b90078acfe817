import type { QueryClient, QueryKey } from '@tanstack/react-query'
import { matchRoutes, type HydrationState, type RouteObject } from 'react-router'

/** What the prerenderer puts in the page for the browser to hydrate from. */
export interface HydrationPayload {
  /** The query cache entries the page was rendered with. */
  readonly queries: ReadonlyArray<{ readonly queryKey: QueryKey; readonly data: unknown }>
  /** The router state (loader data) of the prerendered location. */
  readonly router: HydrationState
}

export const HYDRATION_ELEMENT_ID = 'hydration-data'

/** Reads the payload from `<script type="application/json">` (not executable, so allowed by the CSP). */
export function readHydrationPayload(): HydrationPayload | null {
  const element = document.getElementById(HYDRATION_ELEMENT_ID)
  if (!element?.textContent) return null
  try {
    return JSON.parse(element.textContent) as HydrationPayload
  } catch {
    return null // a damaged payload: render from scratch instead
  }
}

export function seedQueryCache(queryClient: QueryClient, payload: HydrationPayload) {
  for (const { queryKey, data } of payload.queries) queryClient.setQueryData(queryKey, data)
}

/**
 * Loads the lazy route modules the current URL matches, so the first render
 * hydrates the real components rather than a fallback (which would not match
 * the prerendered HTML).
 */
export async function resolveLazyMatches(routes: RouteObject[], pathname: string) {
  const matches = matchRoutes(routes, pathname) ?? []
  await Promise.all(
    matches.map(async ({ route }) => {
      if (typeof route.lazy !== 'function') return
      const module = await route.lazy()
      Object.assign(route, { ...module, lazy: undefined })
    }),
  )
}

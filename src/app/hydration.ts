import type { QueryClient, QueryKey } from '@tanstack/react-query'
import { matchRoutes, type HydrationState, type RouteObject } from 'react-router'
import { HYDRATION_ELEMENT_ID } from '../../contract/html.ts'

/** What the prerenderer puts in the page for the browser to hydrate from. */
export interface HydrationPayload {
  /** The query cache entries the page was rendered with. */
  readonly queries: ReadonlyArray<{ readonly queryKey: QueryKey; readonly data: unknown }>
  /** The router state (loader data) of the prerendered location. */
  readonly router: HydrationState
}

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

/**
 * A prerendered page shows its search boxes and selects before the app loads
 * (its scripts start after the first paint), so a reader may type or choose
 * first. Hydration leaves what they entered in the fields, but the views then
 * render from the URL, which would put the prerendered values back. So before
 * the router reads the URL, each field the reader changed goes into it under
 * the field's name, the URL parameter it edits (option values are the URL's
 * own form). One URL write: no navigation, nothing to race.
 */
export function carryEnteredValuesIntoUrl(root: ParentNode) {
  const url = new URL(window.location.href)
  const fields = root.querySelectorAll<HTMLInputElement | HTMLSelectElement>(
    'input[name], select[name]',
  )
  for (const field of fields) {
    const prerendered =
      field instanceof HTMLSelectElement
        ? ([...field.options].find((option) => option.defaultSelected) ?? field.options[0])?.value
        : field.defaultValue
    if (field.value === prerendered) continue
    if (field.value === '') url.searchParams.delete(field.name)
    else url.searchParams.set(field.name, field.value)
  }
  if (url.href !== window.location.href) window.history.replaceState(window.history.state, '', url)
}

import type { QueryClient, QueryKey } from '@tanstack/react-query'
import { matchRoutes, type HydrationState, type RouteObject } from 'react-router'
import { HYDRATION_ELEMENT_ID } from '../../contract/html.ts'

/**
 * A query cache entry the page was rendered with: its data, or the data
 * file whose JSON is that data, which the page does not carry (boot.js
 * preloads it after the paint; docs/adr/0025-the-page-data-out-of-the-page.md).
 */
export interface HydratedQuery {
  readonly queryKey: QueryKey
  readonly data?: unknown
  /** The data file, and its text's length, when the page does not carry the data. */
  readonly file?: string
  readonly length?: number
}

/** What the prerenderer puts in the page for the browser to hydrate from. */
export interface HydrationPayload {
  readonly queries: readonly HydratedQuery[]
  /** The router state (loader data) of the prerendered location. */
  readonly router: HydrationState
}

/**
 * Reads the payload from `<script type="application/json">` (not executable,
 * so allowed by the CSP); null on a page with none (the shell) or a damaged
 * one, which is rendered from scratch instead.
 */
export function readHydrationPayload(): HydrationPayload | null {
  try {
    return JSON.parse(
      document.getElementById(HYDRATION_ELEMENT_ID)?.textContent ?? '',
    ) as HydrationPayload
  } catch {
    return null
  }
}

/**
 * Fills the cache as the page was rendered; rejects if a data file cannot be
 * read (offline, or gone) or is not the one the page was rendered from (its
 * text's length differs: a deploy since, or damage), and the app then
 * renders from scratch, its loaders validating what they fetch.
 */
export const seedQueryCache = (queryClient: QueryClient, payload: HydrationPayload) =>
  Promise.all(
    payload.queries.map(async ({ queryKey, data, file, length }) => {
      if (file) {
        const text = await (await fetch(file)).text()
        if (text.length !== length) throw Error(file)
        data = JSON.parse(text)
      }
      queryClient.setQueryData(queryKey, data)
    }),
  )

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

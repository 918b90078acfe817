import { useCallback, useMemo, useRef, useSyncExternalStore } from 'react'
import { useLocation } from 'react-router'
import { useAppRouter } from './app-router.tsx'
import type { ParamsDefinition } from './define-params.ts'
import type { WriteOptions } from './url-store.ts'

/** A pause in typing this long writes the text to the URL. */
export const COMMIT_AFTER_MS = 150

/** How a search box writes as the reader types. */
export const TYPING: WriteOptions = { history: 'replace', waitMs: COMMIT_AFTER_MS }

/**
 * A route's params, live: the URL with the writes not yet in it laid over it,
 * so a keystroke filters in its own frame and the URL follows. `set` writes a
 * change, or a function of the current params (see WriteOptions); an empty change writes what is pending at once,
 * as a search box does when focus leaves it, so a link clicked next finds
 * the search in the entry it leaves. Params the route does not own survive.
 *
 * While prerendered HTML hydrates, the params are the defaults the HTML was
 * rendered with (the server snapshot); the real ones apply right after.
 */
export function useUrlParams<P>(definition: ParamsDefinition<P>) {
  const { urlStore } = useAppRouter()
  const { pathname } = useLocation()
  // When the router has moved on to another page that React has not rendered
  // yet, this view keeps what it last showed rather than the next page's params.
  const last = useRef('')
  const search = useSyncExternalStore(
    urlStore.subscribe,
    () => (last.current = urlStore.searchFor(pathname) ?? last.current),
    () => '',
  )
  const params = useMemo(() => definition.parse(new URLSearchParams(search)), [definition, search])
  const set = useCallback(
    (patch: Partial<P> | ((current: P) => Partial<P>), options?: WriteOptions) => {
      // A change that depends on the params (a toggle) reads them as they
      // are now, pending writes included: two quick clicks both count.
      const change =
        typeof patch === 'function'
          ? patch(definition.parse(new URLSearchParams(urlStore.searchFor(pathname) ?? '')))
          : patch
      urlStore.write(pathname, definition.serialize(change), options)
    },
    [urlStore, pathname, definition],
  )
  return [params, set] as const
}

import { useCallback, useMemo } from 'react'
import { useSearchParams } from 'react-router'
import { withParams, type ParamValue } from '../lib/search-params.ts'
import { useHydrated } from './use-hydrated.ts'
import { useLiveRouterState } from './use-live-router.ts'

/** What the prerendered HTML was rendered with. */
const NO_PARAMS = new URLSearchParams()

export interface UpdateOptions {
  /** Typing replaces the history entry; discrete choices (the default) push one. */
  readonly replace?: boolean
}

/**
 * A route's URL state as typed params: `parse` reads them (invalid values fall
 * back to defaults), `serialize` turns a change into URL entries (null for a
 * default, which keeps defaults out of the URL). Params the route does not own
 * survive every update. While prerendered HTML hydrates, the params are the
 * defaults the HTML was rendered with; the real ones apply right after.
 */
export function useUrlParams<P>(
  parse: (params: URLSearchParams) => P,
  serialize: (patch: Partial<P>) => Record<string, ParamValue>,
) {
  const [searchParams, setSearchParams] = useSearchParams()
  const hydrated = useHydrated()
  const params = useMemo(
    () => parse(hydrated ? searchParams : NO_PARAMS),
    [parse, searchParams, hydrated],
  )
  const liveState = useLiveRouterState()
  const update = useCallback(
    (patch: Partial<P> | ((current: P) => Partial<P>), options: UpdateOptions = {}) => {
      // The change applies to the URL as it is now: the params React last
      // rendered can lag a navigation that has already happened (a sort
      // chosen just before the search's delayed update), and building on
      // them would undo it. A change that depends on the current params
      // (a toggle) is a function of them, for the same reason.
      const base = new URLSearchParams(liveState().location.search)
      const change = typeof patch === 'function' ? patch(parse(base)) : patch
      setSearchParams(withParams(base, serialize(change)), {
        replace: options.replace ?? false,
        // Filtering keeps the reader where they are on the page.
        preventScrollReset: true,
      })
    },
    [parse, serialize, setSearchParams, liveState],
  )
  return [params, update] as const
}

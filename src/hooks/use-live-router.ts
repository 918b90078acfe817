import { useCallback, useContext } from 'react'
import { UNSAFE_DataRouterContext, type RouterState } from 'react-router'

/**
 * Reads the router's own state at the moment of the call, not as React last
 * rendered it. A navigation without loaders lands in the router within a few
 * microtasks, but React renders it later (in a transition); a timer or a
 * click in between that trusts rendered state undoes the navigation.
 *
 * The context is how React Router's own hooks reach the router; it is an
 * unstable export, so re-check it on upgrades (the tests that guard it:
 * use-url-params.test.tsx, use-search-query.test.tsx, and navigation.spec.ts's
 * tab-after-typing test). Every router the app renders under is a data router
 * (browser, memory in tests, static when prerendering).
 */
export function useLiveRouterState(): () => RouterState {
  const router = useContext(UNSAFE_DataRouterContext)?.router
  if (!router) throw new Error('No data router')
  return useCallback(() => router.state, [router])
}

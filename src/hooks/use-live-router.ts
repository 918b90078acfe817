import { useCallback, useContext } from 'react'
import { UNSAFE_DataRouterContext, type RouterState } from 'react-router'

/**
 * Reads the router's own state at the moment of the call, not as React last
 * rendered it. A navigation without loaders lands in the router within a few
 * microtasks, but React renders it later (in a transition); a timer firing in
 * between that trusts rendered state undoes the navigation with a stale URL.
 *
 * The context is how React Router's own hooks reach the router; it is an
 * unstable export, so re-check it on upgrades (the tests that guard it:
 * use-url-params.test.tsx, and navigation.spec.ts's tab-after-typing test).
 * Undefined outside a data router.
 */
export function useLiveRouterState(): () => RouterState | undefined {
  const router = useContext(UNSAFE_DataRouterContext)?.router
  return useCallback(() => router?.state, [router])
}

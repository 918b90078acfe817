import { useQueryClient } from '@tanstack/react-query'
import { useCallback, useSyncExternalStore } from 'react'

/**
 * While a query is being fetched again after failing (React Query's automatic
 * retries, with backoff: about 3.4 s in all for an HTTP 500), the attempt in
 * flight: 2 for the first retry. 0 when nothing is retrying. Loaders fetch
 * through the cache, so this sees a navigation's retries too.
 */
export function useRetryAttempt(): number {
  const cache = useQueryClient().getQueryCache()
  const subscribe = useCallback((onChange: () => void) => cache.subscribe(onChange), [cache])
  const attempt = useCallback(
    () =>
      cache
        .getAll()
        .reduce(
          (most, { state }) =>
            state.fetchStatus === 'fetching' && state.fetchFailureCount > 0
              ? Math.max(most, state.fetchFailureCount + 1)
              : most,
          0,
        ),
    [cache],
  )
  return useSyncExternalStore(subscribe, attempt, () => 0)
}

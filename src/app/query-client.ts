import { QueryClient } from '@tanstack/react-query'
import { isDataLoadError } from '../data/load-error.ts'

/**
 * A dropped connection and 5xx answers get two more tries with backoff. Not a
 * malformed file (it will not fix itself), not a timeout (the person has
 * already waited 15 s: they choose whether to wait again), and not while
 * offline (the error view retries when the connection is back).
 */
export const MAX_RETRIES = 2

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Offline, a query would otherwise wait silently for the connection:
        // fail at once and say so.
        networkMode: 'always',
        retry: (failureCount, error) =>
          isDataLoadError(error) &&
          error.retryable &&
          error.kind !== 'offline' &&
          error.kind !== 'timeout' &&
          failureCount < MAX_RETRIES,
      },
    },
  })
}

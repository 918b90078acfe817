import { QueryClient } from '@tanstack/react-query'
import { isDataLoadError } from '../data/load-error.ts'

/** Network trouble and 5xx answers get two more tries with backoff; a malformed file will not fix itself. */
export const MAX_RETRIES = 2

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Offline, a query would otherwise wait silently for the connection:
        // fail at once and say so (the error view retries when it is back).
        networkMode: 'always',
        retry: (failureCount, error) =>
          isDataLoadError(error) &&
          error.retryable &&
          error.kind !== 'offline' &&
          failureCount < MAX_RETRIES,
      },
    },
  })
}

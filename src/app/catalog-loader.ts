import type { QueryClient } from '@tanstack/react-query'
import { catalogQuery } from '../data/film-queries.ts'

/** `/` is the catalog: warm the cache with it before the page renders. */
export const catalogLoader = (queryClient: QueryClient) => async () => {
  await queryClient.ensureQueryData(catalogQuery())
  return null
}

import { useSuspenseQuery } from '@tanstack/react-query'
import { catalogQuery } from './film-queries.ts'

/** The catalog of films; the catalog route's loader has warmed the cache. */
export function useCatalog() {
  return useSuspenseQuery(catalogQuery()).data
}

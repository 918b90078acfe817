import { queryOptions, type QueryClient } from '@tanstack/react-query'

/**
 * Search results as queries, so a query typed twice is answered from memory
 * rather than searched again. The engine comes with the first search
 * (api/search-run.ts).
 */
export const searchKeys = {
  all: ['search'] as const,
  results: (query: string, limit: number) => [...searchKeys.all, limit, query] as const,
}

export const searchQuery = (query: string, limit: number) =>
  queryOptions({
    queryKey: searchKeys.results(query, limit),
    queryFn: async ({ client, signal }) =>
      (await import('./search-run.ts')).runSearch(query, limit, client, signal),
    // The index changes only with a deploy.
    staleTime: Infinity,
  })

/**
 * The query whose answers at `limit` the cache holds, or '': while the
 * results page the server rendered hydrates, the one it was rendered for
 * (the server's cache, and so the page's, holds that search alone).
 */
export const renderedQuery = (client: QueryClient, limit: number) =>
  String(
    client.getQueryCache().find({ queryKey: [...searchKeys.all, limit], exact: false })
      ?.queryKey[2] ?? '',
  )

import { queryOptions, type QueryClient, type QueryKey } from '@tanstack/react-query'

type Boundary = typeof import('./fetch-film.ts')

/**
 * A query for one data file: `read` gets the fetch-and-validate boundary,
 * loaded with the first file a page must fetch. The files are static and
 * change only with a deploy: never refetched behind the user's back.
 */
export const dataQuery = <TData, TKey extends QueryKey>(
  queryKey: TKey,
  read: (boundary: Boundary, signal: AbortSignal, client: QueryClient) => Promise<TData>,
) =>
  queryOptions<TData, Error, TData, TKey>({
    queryKey,
    queryFn: async ({ signal, client }) => read(await import('./fetch-film.ts'), signal, client),
    staleTime: Infinity,
  })

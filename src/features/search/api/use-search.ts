import { useQueryClient } from '@tanstack/react-query'
import { useEffect, useReducer, useState } from 'react'
import { useWhenOnline } from '../../../hooks/use-when-online.ts'
import { searchKeys, searchQuery } from './search-queries.ts'
import type { SearchResults } from './search-run.ts'

export interface SearchState {
  /** The latest answers; they stay while the next query runs, so nothing flickers, but not past a failure. */
  readonly data?: SearchResults | undefined
  readonly error?: Error | undefined
  /** Answers for this query are on their way. */
  readonly pending: boolean
}

interface Answer {
  readonly key: string
  readonly data?: SearchResults
  readonly error?: Error
}

/**
 * The answers to a query, through the query cache (a query typed twice is
 * answered from memory). By hand rather than `useQuery`, whose observer
 * would join the code every page loads (docs/performance.md).
 */
export function useSearch(query: string, limit: number, enabled: boolean): SearchState {
  const client = useQueryClient()
  const key = JSON.stringify(searchKeys.results(query, limit))
  const [answer, setAnswer] = useState<Answer>({ key: '' })
  const [attempt, retry] = useReducer((count: number) => count + 1, 0)
  useEffect(() => {
    if (!enabled) return
    let current = true
    client.fetchQuery(searchQuery(query, limit)).then(
      (data) => current && setAnswer({ key, data }),
      // Another query's answers under this one's failure would read as its own.
      (error: unknown) =>
        current &&
        setAnswer({ key, error: error instanceof Error ? error : new Error(String(error)) }),
    )
    return () => {
      current = false
      // Typed on: a query not yet answered loads no more shards (api/search-run.ts).
      void client.cancelQueries({ queryKey: searchKeys.results(query, limit), exact: true })
    }
  }, [client, key, query, limit, enabled, attempt])
  // Answers in the cache show in the first render: those the server
  // rendered the results page with (src/entry-server.tsx), so it hydrates
  // as it was sent, and a query typed before.
  const kept = enabled
    ? client.getQueryData<SearchResults>(searchKeys.results(query, limit))
    : undefined
  const error = answer.key === key && !kept ? answer.error : undefined
  // A search that failed offline runs again once the connection is back.
  useWhenOnline(retry, Boolean(error))
  return { data: kept ?? answer.data, error, pending: enabled && !kept && answer.key !== key }
}

import { queryOptions, useSuspenseQuery } from '@tanstack/react-query'
import { useParams } from 'react-router'
import { boundary } from './film-queries.ts'

/**
 * A person's file, by id. Apart from the film queries: only the person page
 * needs it, so it comes with that page's code rather than every page's core.
 */
export const personKeys = {
  all: ['people'] as const,
  detail: (personId: string) => [...personKeys.all, personId] as const,
}

export const personQuery = (personId: string) =>
  queryOptions({
    queryKey: personKeys.detail(personId),
    queryFn: async ({ signal, client }) => (await boundary()).fetchPerson(personId, signal, client),
    // Static files, changed only by a deploy (as src/data/film-queries.ts says).
    staleTime: Infinity,
  })

/** The person of the current route; its loader has checked the id and warmed the cache. */
export function usePerson() {
  const { personId = '' } = useParams()
  return useSuspenseQuery(personQuery(personId)).data
}

import { useSuspenseQuery } from '@tanstack/react-query'
import { useParams } from 'react-router'
import { dataQuery } from '../../../data/load-boundary.ts'

/**
 * A person's file, by id. Its key is personKeys.detail(id)
 * (src/data/person-keys.ts, which the server reads it by), spelled out: the
 * object costs the page's code bytes its budget has not got.
 */
export const personQuery = (personId: string) =>
  dataQuery(['people', personId] as const, (boundary, signal, client) =>
    boundary.fetchPerson(personId, signal, client),
  )

/** The person of the current route; its loader has checked the id and warmed the cache. */
export function usePerson() {
  const { personId = '' } = useParams()
  return useSuspenseQuery(personQuery(personId)).data
}

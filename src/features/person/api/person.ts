import { useSuspenseQuery } from '@tanstack/react-query'
import { useParams } from 'react-router'
import { dataQuery } from '../../../data/load-boundary.ts'
import { personKeys } from '../../../data/person-keys.ts'

/** A person's file, by id. */
export const personQuery = (personId: string) =>
  dataQuery(personKeys.detail(personId), (boundary, signal, client) =>
    boundary.fetchPerson(personId, signal, client),
  )

/** The person of the current route; its loader has checked the id and warmed the cache. */
export function usePerson() {
  const { personId = '' } = useParams()
  return useSuspenseQuery(personQuery(personId)).data
}

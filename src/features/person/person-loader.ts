import type { QueryClient } from '@tanstack/react-query'
import type { LoaderFunctionArgs } from 'react-router'
import { parseFilmId } from '../../data/film-id.ts'
import { isDataLoadError } from '../../data/load-error.ts'
import { notFound } from '../../data/not-found.ts'
import { personQuery } from '../../data/person-queries.ts'

/**
 * `/people/:personId`: warms the cache with the person's file. An id that
 * cannot name anyone (people's ids follow the films' rule), or has no file,
 * is a 404. It comes with the route's code (src/app/routes.tsx says why).
 */
export async function pageLoader(queryClient: QueryClient, { params }: LoaderFunctionArgs) {
  const personId = parseFilmId(params.personId)
  const missing = () => notFound(`There is no person with the id “${params.personId ?? ''}”.`)
  if (personId === null) throw missing()
  try {
    await queryClient.ensureQueryData(personQuery(personId))
  } catch (error) {
    throw isDataLoadError(error) && error.kind === 'not-found' ? missing() : error
  }
  return null
}

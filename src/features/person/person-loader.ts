import type { QueryClient } from '@tanstack/react-query'
import type { LoaderFunctionArgs } from 'react-router'
import { ensureById } from '../../data/not-found.ts'
import { personQuery } from './api/person.ts'

/**
 * `/people/:personId`: warms the cache with the person's file. An id that
 * cannot name anyone (people's ids follow the films' rule), or has no file,
 * is a 404. It comes with the route's code (src/app/routes.tsx says why).
 */
export function pageLoader(queryClient: QueryClient, { params }: LoaderFunctionArgs) {
  return ensureById(queryClient, params.personId, personQuery, 'person')
}

import type { EnsureQueryDataOptions, QueryClient, QueryKey } from '@tanstack/react-query'
import { data } from 'react-router'
import { isDataLoadError } from './load-error.ts'

/** What a loader's 404 carries: the sentence the not-found view shows. */
export interface NotFoundData {
  readonly message: string
}

/** A 404 for a loader to throw: the error boundary shows the not-found view with `message`. */
export function notFound(message: string) {
  return data<NotFoundData>({ message }, { status: 404 })
}

/**
 * A loader's work for a page of one data file: warm the cache with `query`,
 * or throw a 404 saying `message` when the id names no file (`null`: it
 * cannot name one) or the file does not exist. Other failures pass on to
 * the error view.
 */
export async function ensureOrNotFound<TData, TKey extends QueryKey>(
  queryClient: QueryClient,
  query: EnsureQueryDataOptions<TData, Error, TData, TKey> | null,
  message: string,
) {
  if (!query) throw notFound(message)
  try {
    await queryClient.ensureQueryData(query)
  } catch (error) {
    throw isDataLoadError(error) && error.kind === 'not-found' ? notFound(message) : error
  }
  return null
}

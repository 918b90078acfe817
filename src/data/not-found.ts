import type { EnsureQueryDataOptions, QueryClient, QueryKey } from '@tanstack/react-query'
import { data } from 'react-router'
import { parseId } from '../../contract/ids.ts'
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
 * A loader's work for a page of one data file named by the id in its path
 * (a film's, a person's): warm the cache with `query(id)`, or throw a 404
 * ("There is no person with the id “x”.") when the raw id cannot name a
 * file or the file does not exist. Other failures pass on to the error view.
 * One helper for both, so the person page's code does not repeat it.
 */
export async function ensureById<TData, TKey extends QueryKey>(
  queryClient: QueryClient,
  raw: string | undefined,
  query: (id: string) => EnsureQueryDataOptions<TData, Error, TData, TKey>,
  kind: string,
) {
  const id = parseId(raw)
  const missing = notFound(`There is no ${kind} with the id “${raw ?? ''}”.`)
  if (id === null) throw missing
  try {
    await queryClient.ensureQueryData(query(id))
  } catch (error) {
    throw isDataLoadError(error) && error.kind === 'not-found' ? missing : error
  }
  return null
}

import type { QueryClient } from '@tanstack/react-query'
import { redirect } from 'react-router'
import { EmptyState } from '../components/empty-state.tsx'
import { catalogQuery } from '../data/film-queries.ts'
import { formatPageTitle } from '../lib/format.ts'

/** `/` opens the first film of the catalog. */
export const homeLoader = (queryClient: QueryClient) => async () => {
  const catalog = await queryClient.ensureQueryData(catalogQuery())
  const first = catalog.films[0]
  if (first) throw redirect(`/films/${first.id}`)
  return null
}

/** Rendered only when the catalog is empty (otherwise the loader redirects). */
export function HomeEmpty() {
  return (
    <>
      <title>{formatPageTitle('No films yet')}</title>
      <h1>Film Explorer</h1>
      <EmptyState title="The catalog has no films yet.">
        <p>Add a film to public/data/films/index.json to see it here.</p>
      </EmptyState>
    </>
  )
}

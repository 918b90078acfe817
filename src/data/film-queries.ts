import { queryOptions } from '@tanstack/react-query'
import type { CatalogView } from '../../contract/catalog-view.ts'

/** Query keys, hierarchical so `['films']` reaches every film query at once. */
export const filmKeys = {
  all: ['films'] as const,
  catalog: () => [...filmKeys.all, 'catalog'] as const,
  catalogPage: ({ filter, order, page }: CatalogView) =>
    [...filmKeys.catalog(), filter, order, page] as const,
  detail: (filmId: string) => [...filmKeys.all, 'detail', filmId] as const,
}

// The data files are static and change only with a deploy: never refetch them
// behind the user's back.
const STATIC = { staleTime: Infinity } as const

/** The fetch-and-validate boundary, loaded with the first file a page must fetch. */
export const boundary = () => import('./fetch-film.ts')

export const filmQuery = (filmId: string) =>
  queryOptions({
    queryKey: filmKeys.detail(filmId),
    queryFn: async ({ signal, client }) => (await boundary()).fetchFilm(filmId, signal, client),
    ...STATIC,
  })

export const catalogPageQuery = (view: CatalogView) =>
  queryOptions({
    queryKey: filmKeys.catalogPage(view),
    queryFn: async ({ signal, client }) =>
      (await boundary()).fetchCatalogPage(view, signal, client),
    ...STATIC,
  })

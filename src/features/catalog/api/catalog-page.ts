import { useSuspenseQuery } from '@tanstack/react-query'
import { useParams } from 'react-router'
import { parseCatalogView, type CatalogView } from '../../../../contract/catalog-view.ts'
import { filmKeys } from '../../../data/film-keys.ts'
import { dataQuery } from '../../../data/load-boundary.ts'

/** One page of the catalog, or of a decade or genre of it, in one order. */
export const catalogPageQuery = (view: CatalogView) =>
  dataQuery(
    [...filmKeys.catalog(), view.filter, view.order, view.page] as const,
    (boundary, signal, client) => boundary.fetchCatalogPage(view, signal, client),
  )

/** The current route's catalog page; its loader has checked the path and warmed the cache. */
export function useCatalogPage() {
  // Never null here: the loader answers a path that names no page with a 404.
  const view = parseCatalogView(useParams()) as CatalogView
  return useSuspenseQuery(catalogPageQuery(view)).data
}

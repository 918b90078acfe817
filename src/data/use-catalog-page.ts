import { useSuspenseQuery } from '@tanstack/react-query'
import { useParams } from 'react-router'
import { parseCatalogView, type CatalogView } from '../../contract/catalog-view.ts'
import { catalogPageQuery } from './film-queries.ts'

/** The current route's catalog page; its loader has checked the path and warmed the cache. */
export function useCatalogPage() {
  // Never null here: the loader answers a path that names no page with a 404.
  const view = parseCatalogView(useParams()) as CatalogView
  return useSuspenseQuery(catalogPageQuery(view)).data
}

import type { QueryClient } from '@tanstack/react-query'
import type { LoaderFunctionArgs } from 'react-router'
import { catalogPath, parseCatalogView } from '../../data/catalog-view.ts'
import { catalogPageQuery } from '../../data/film-queries.ts'
import { isDataLoadError } from '../../data/load-error.ts'
import { notFound } from '../../data/not-found.ts'
import { plural } from '../../lib/format.ts'

/**
 * `/` and `/catalog/:order/:page`: warms the cache with the one page the path
 * names. `/catalog/title/1` goes to `/`, so each page has one URL. A path that
 * names no page, or a page past the last, is a 404 that says what there is;
 * a missing first page is a missing file, which the error view says so of.
 * It comes with the route's code (src/app/routes.tsx says why).
 */
export async function pageLoader(queryClient: QueryClient, { params }: LoaderFunctionArgs) {
  const view = parseCatalogView(params)
  if (!view) throw notFound('The catalog has pages by title and by year, numbered from 1.')
  // By hand: react-router's redirect() would add its code to every page's core.
  if (params.page !== undefined && catalogPath(view) === '/')
    throw new Response(null, { status: 308, headers: { Location: '/' } })
  try {
    await queryClient.ensureQueryData(catalogPageQuery(view.order, view.page))
  } catch (error) {
    if (view.page === 1 || !isDataLoadError(error) || error.kind !== 'not-found') throw error
    // Past the last page: the first page says how many there are.
    const { pages } = await queryClient.ensureQueryData(catalogPageQuery(view.order, 1))
    throw notFound(
      `There is no page ${view.page}: the catalog has ${plural(pages, 'page', 'pages')} by ${view.order}.`,
    )
  }
  return null
}

import type { QueryClient } from '@tanstack/react-query'
import type { LoaderFunctionArgs } from 'react-router'
import { catalogPath } from '../../../contract/catalog-path.ts'
import { parseCatalogView } from '../../../contract/catalog-view.ts'
import { catalogPageQuery } from './api/catalog-page.ts'
import { isDataLoadError } from '../../data/load-error.ts'
import { notFound } from '../../data/not-found.ts'
import { plural } from '../../lib/format.ts'

/**
 * `/`, `/catalog/:order/:page` and `/catalog/:filter/:order/:page`: warms the cache with the one page the path
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
    await queryClient.ensureQueryData(catalogPageQuery(view))
  } catch (error) {
    if (!isDataLoadError(error) || error.kind !== 'not-found') throw error
    // A missing first page of the whole catalog is a missing file, the error view's to say.
    if (view.page === 1 && !view.filter) throw error
    // Past the last page, the first page says how many there are; a filter
    // with no first page names no decade or genre the catalog has.
    const first =
      view.page === 1
        ? null
        : await queryClient
            .ensureQueryData(catalogPageQuery({ ...view, page: 1 }))
            .catch(() => null)
    if (!first)
      throw notFound(
        `The catalog has no films for “${view.filter}”. Choose a decade or a genre from the catalog.`,
      )
    throw notFound(
      `There is no page ${view.page}: ${view.filter ? 'this view' : 'the catalog'} has ${plural(first.pages, 'page', 'pages')} by ${view.order}.`,
    )
  }
  return null
}

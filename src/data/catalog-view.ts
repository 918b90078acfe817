/**
 * The catalog's pages by URL. Every page has a path of its own, never a query
 * string: a prerendered or server-rendered page knows only its path. `/` is
 * the first page by title, so that page has one URL.
 */
export const CATALOG_ORDERS = ['title', 'year'] as const
export type CatalogOrder = (typeof CATALOG_ORDERS)[number]

export interface CatalogView {
  readonly order: CatalogOrder
  /** From 1. */
  readonly page: number
}

// Digits without a leading zero: "02" and "2" would otherwise be two URLs of one page.
const PAGE_NUMBER = /^[1-9]\d{0,5}$/

/**
 * The view `/` or `/catalog/:order/:page` names, or null when the path names
 * none (an unknown order, a page that is not a plain positive number). Whether
 * the page exists is the data's to say.
 */
export function parseCatalogView(params: {
  readonly order?: string
  readonly page?: string
}): CatalogView | null {
  // Only `/` has no page.
  if (params.page === undefined) return { order: 'title', page: 1 }
  const order = CATALOG_ORDERS.find((known) => known === params.order)
  if (!order || !PAGE_NUMBER.test(params.page ?? '')) return null
  return { order, page: Number(params.page) }
}

/** The one URL of a catalog page: `/`, `/catalog/title/2`, `/catalog/year/1`. */
export function catalogPath({ order, page }: CatalogView): string {
  return order === 'title' && page === 1 ? '/' : `/catalog/${order}/${page}`
}

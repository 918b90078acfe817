import { ID_WORDS } from './ids.ts'
/**
 * The catalog's pages by URL. Every page has a path of its own, never a query
 * string: a prerendered or server-rendered page knows only its path. `/` is
 * the first page by title, so that page has one URL. A filtered view (a
 * decade, a genre or both) puts its filter first:
 * `/catalog/1980s-science-fiction/year/2`. By year is newest first, as people
 * browse a year list; `oldest` is by year from the first films on.
 */
export const CATALOG_ORDERS = ['title', 'year', 'oldest'] as const
export type CatalogOrder = (typeof CATALOG_ORDERS)[number]

export interface CatalogView {
  /** The filter's slug ('1980s', 'drama', '1980s-drama'), or '' for the whole catalog. */
  readonly filter: string
  readonly order: CatalogOrder
  /** From 1. */
  readonly page: number
}

// Digits without a leading zero: "02" and "2" would otherwise be two URLs of one page.
const PAGE_NUMBER = /^[1-9]\d{0,5}$/
// A decade, a genre, or a decade and a genre, each as the pipeline spells it.
const FILTER = new RegExp(`^(?:\\d{3}0s(?:-${ID_WORDS})?|(?=[a-z])${ID_WORDS})$`)

/**
 * The view `/`, `/catalog/:order/:page` or `/catalog/:filter/:order/:page`
 * names, or null when the path names none (an unknown order, a page that is
 * not a plain positive number, a filter no decade or genre could spell).
 * Whether the page exists is the data's to say.
 */
export function parseCatalogView(params: {
  readonly filter?: string
  readonly order?: string
  readonly page?: string
}): CatalogView | null {
  // Only `/` has no page.
  if (params.page === undefined) return { filter: '', order: 'title', page: 1 }
  const order = CATALOG_ORDERS.find((known) => known === params.order)
  const filter = params.filter ?? ''
  if (!order || !PAGE_NUMBER.test(params.page) || (filter && !FILTER.test(filter))) return null
  return { filter, order, page: Number(params.page) }
}

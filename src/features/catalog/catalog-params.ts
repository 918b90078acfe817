import { defineParams, oneOf, text } from '../../url-state/define-params.ts'

export const CATALOG_SORTS = ['title', 'year', 'rating'] as const
export type CatalogSort = (typeof CATALOG_SORTS)[number]

/** `/?q=&sort=`: any input gives valid params; title order is the default. */
export const catalogParams = defineParams({ q: text(), sort: oneOf(CATALOG_SORTS, 'title') })
export type CatalogParams = ReturnType<typeof catalogParams.parse>

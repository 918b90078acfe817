import { defineParams, oneOf, text } from '../../../url-state/define-params.ts'

export const CAST_SORTS = ['billing', 'actor', 'character'] as const
export type CastSort = (typeof CAST_SORTS)[number]

/** `/films/:id/cast?q=&sort=`: any input gives valid params; billing order is the default. */
export const castParams = defineParams({ q: text(), sort: oneOf(CAST_SORTS, 'billing') })

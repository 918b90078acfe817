import { defineParams, text } from '../../url-state/define-params.ts'

/** `/search?q=`: the query; empty shows what to search for. */
export const searchParams = defineParams({ q: text() })

import { defineParams, oneOf, text } from '../../url-state/define-params.ts'

export const PERSON_SORTS = ['oldest', 'newest', 'title'] as const
export type PersonSort = (typeof PERSON_SORTS)[number]

/**
 * `/people/:id?q=&decade=1980s&genre=Drama&sort=newest`: any input gives
 * valid params; oldest first is the default. Which decades and genres exist
 * is the person's, so the view checks those two against the filmography and
 * treats one with no film in it as none (person-filter.ts).
 */
export const personParams = defineParams({
  q: text(),
  decade: text(),
  genre: text(),
  sort: oneOf(PERSON_SORTS, 'oldest'),
})
export type PersonParams = ReturnType<typeof personParams.parse>

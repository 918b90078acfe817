import { defineParams, oneOf, text } from '../../url-state/define-params.ts'

export const PERSON_SORTS = ['oldest', 'newest', 'title'] as const
export type PersonSort = (typeof PERSON_SORTS)[number]
/**
 * One role's films (contract/person-roles.ts), or all of them: the default,
 * empty, as an unfiltered decade or genre is.
 */
export const PERSON_ROLES = ['', 'actor', 'director'] as const
export type PersonRole = (typeof PERSON_ROLES)[number]

/**
 * `/people/:id?role=director&q=&decade=1980s&genre=Drama&sort=newest`: any
 * input gives valid params; all roles (no `role`) and oldest first are the defaults.
 * Which roles, decades and genres exist is the person's, so the view checks
 * those against the filmography and treats one with no film in it as none
 * (person-filter.ts): a role narrows only a person who has both.
 */
export const personParams = defineParams({
  role: oneOf(PERSON_ROLES, ''),
  q: text(),
  decade: text(),
  genre: text(),
  sort: oneOf(PERSON_SORTS, 'oldest'),
})
export type PersonParams = ReturnType<typeof personParams.parse>

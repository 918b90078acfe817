/**
 * What a person did in a film: acted in it (a cast credit) or directed it.
 * Apart from the schema, so the person page reads roles without the
 * validation library (docs/performance.md).
 */
export const ROLES = ['actor', 'director'] as const
export type Role = (typeof ROLES)[number]

/** The roles of a filmography entry: absent means actor alone (person-schema.ts). */
export const rolesOf = (entry: { readonly roles?: readonly Role[] | undefined }) =>
  entry.roles ?? (['actor'] as const)

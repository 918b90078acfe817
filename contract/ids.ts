/**
 * Ids name films and people in URLs, files and element ids: lower-case
 * letters, digits and single hyphens, made by the slug rule (slug.ts). The
 * schemas check ids with this pattern, the router and the server match
 * paths with it, and public/boot.js holds a copy a test keeps in step
 * (contract/boot-in-step.test.ts). Apart from the schemas, so the route
 * loader stays free of the validation library.
 */
/** Hyphenated words: an id, and the catalog's filter segments (catalog-view.ts). */
export const ID_WORDS = '[a-z0-9]+(?:-[a-z0-9]+)*'
export const ID_PATTERN = new RegExp(`^${ID_WORDS}$`)
export const ID_MAX_LENGTH = 100

/** A film's or a person's id from a URL, or null when it cannot name one (so it is never sent to the server). */
export function parseId(raw: string | undefined): string | null {
  return raw !== undefined && raw.length <= ID_MAX_LENGTH && ID_PATTERN.test(raw) ? raw : null
}

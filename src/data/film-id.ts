/**
 * Ids name films in URLs, files and element ids: lower-case letters, digits
 * and single hyphens. The schema checks ids with the same pattern; this copy
 * keeps the route loader free of the validation library, which only the
 * (lazily loaded) fetch path needs.
 */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
export const ID_MAX_LENGTH = 100

/** The film id from a URL, or null when it cannot name a film (so it is never sent to the server). */
export function parseFilmId(raw: string | undefined): string | null {
  return raw !== undefined && raw.length <= ID_MAX_LENGTH && ID_PATTERN.test(raw) ? raw : null
}

/**
 * Typed readers for URL search params. Every reader returns a valid value for
 * any input at all (hostile, mangled or enormous): invalid values fall back to
 * the default instead of reaching the view.
 */

/** Longer queries are cut: no real search needs more, and a 10,000-character link must not slow the page. */
export const MAX_QUERY_LENGTH = 200

export function readText(params: URLSearchParams, key: string): string {
  return (params.get(key) ?? '').slice(0, MAX_QUERY_LENGTH)
}

/** `value` if it is one of `allowed`, else `fallback`. */
function toEnum<T extends string>(value: string | null, allowed: readonly T[], fallback: T): T {
  return allowed.find((option) => option === value) ?? fallback
}

export function readEnum<T extends string>(
  params: URLSearchParams,
  key: string,
  allowed: readonly T[],
  fallback: T,
): T {
  return toEnum(params.get(key), allowed, fallback)
}

/** Repeated keys (`?kind=goof&kind=quote`); unknown values are ignored, order follows `allowed`. */
export function readEnumList<T extends string>(
  params: URLSearchParams,
  key: string,
  allowed: readonly T[],
): T[] {
  const values = new Set(params.getAll(key))
  return allowed.filter((option) => values.has(option))
}

export function readNumber(
  params: URLSearchParams,
  key: string,
  allowed: readonly number[],
  fallback: number,
): number {
  const raw = params.get(key)
  if (raw === null || raw.trim() === '') return fallback
  const value = Number(raw)
  return allowed.find((option) => option === value) ?? fallback
}

/** A param's new value: null or an empty list removes it (how defaults stay out of the URL). */
export type ParamValue = string | readonly string[] | null

/** Returns a copy of `params` with the given keys replaced; other keys survive untouched. */
export function withParams(
  params: URLSearchParams,
  entries: Readonly<Record<string, ParamValue>>,
): URLSearchParams {
  const next = new URLSearchParams(params)
  for (const [key, value] of Object.entries(entries)) {
    // set() keeps the key where it was, so a URL's params keep their order.
    if (typeof value === 'string') next.set(key, value)
    else {
      next.delete(key)
      for (const item of value ?? []) next.append(key, item)
    }
  }
  return next
}

import type { IncomingHttpHeaders } from 'node:http'

/**
 * The conditional headers of a GET or HEAD (RFC 9110 §13.2.2), weighed for a
 * page held in memory exactly as `send` weighs them for a file (its
 * isPreconditionFailure, then `fresh`), so a rendered page and a prerendered
 * one answer the same request the same way:
 *
 * 1. If-Match, when present: 412 unless it is `*` or lists the ETag (weak
 *    forms count, as in `send`); else If-Unmodified-Since: 412 if the page
 *    changed after that date;
 * 2. If-None-Match, when present: 304 if it is `*` or lists the ETag; else
 *    If-Modified-Since: 304 unless the page changed after that date;
 *    neither when the request says `Cache-Control: no-cache` (a reload).
 */
export type Precondition = 'send' | 'not-modified' | 'failed'

export function evaluatePreconditions(
  headers: IncomingHttpHeaders,
  etag: string,
  lastModified: number,
): Precondition {
  const match = headers['if-match']
  if (match) {
    if (match !== '*' && !tokens(match).some((tag) => sameTag(tag, etag))) return 'failed'
  } else {
    const unmodifiedSince = httpDate(headers['if-unmodified-since'])
    if (!Number.isNaN(unmodifiedSince) && lastModified > unmodifiedSince) return 'failed'
  }

  const noneMatch = headers['if-none-match']
  const modifiedSince = headers['if-modified-since']
  if (!noneMatch && !modifiedSince) return 'send'
  if (/(?:^|,)\s*?no-cache\s*?(?:,|$)/.test(headers['cache-control'] ?? '')) return 'send'
  if (noneMatch) {
    const fresh = noneMatch === '*' || tokens(noneMatch).some((tag) => sameTag(tag, etag))
    return fresh ? 'not-modified' : 'send'
  }
  return lastModified <= httpDate(modifiedSince) ? 'not-modified' : 'send'
}

const tokens = (list: string) =>
  list
    .split(',')
    .map((token) => token.trim())
    .filter(Boolean)

const sameTag = (tag: string, etag: string) =>
  tag === etag || tag === `W/${etag}` || `W/${tag}` === etag

/** NaN for a missing or malformed date, which then imposes nothing. */
const httpDate = (value: string | undefined) => (value ? Date.parse(value) : NaN)

import type { ServerResponse } from 'node:http'
import { contentSecurityPolicy, NO_INLINE, type InlineHashes } from './security-policy.ts'

/**
 * Sent on every response, errors, redirects and 304s included: a header a
 * browser sees only on some answers protects none of them. Permissions-Policy
 * turns off the powerful features the app never uses (Web Share and the
 * clipboard stay on, for Share and Copy link); the two Cross-Origin headers
 * keep other sites from opening our pages in a shared window or embedding our
 * files. `hashes` name the built pages' inline script and style (the page
 * template carries them from the build).
 */
export const securityHeaders = (
  hashes: InlineHashes = NO_INLINE,
): Readonly<Record<string, string>> => ({
  'Content-Security-Policy': contentSecurityPolicy(hashes),
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy':
    'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
})

export function setHeaders(res: ServerResponse, headers: Readonly<Record<string, string>>) {
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value)
}

// The search shards sit under a hash of their content (pipeline/search-index.ts).
const HASHED = /^\/(?:assets\/|data\/search\/[0-9a-f]{8,64}\/)/

/**
 * What never changes under its name: kept a year by browsers and shared
 * caches alike, and never asked again (`immutable`).
 */
export const CACHE_FOR_GOOD = 'public, max-age=31536000, immutable'

/**
 * Everything a build may change under the same name (pages, the app shell,
 * data files, sw.js, build.json): a browser asks again every time (a 304
 * when nothing changed); a shared cache (nginx, a CDN) keeps it 10 s, then
 * answers with its copy while it asks the server in the background (nginx:
 * proxy_cache_background_update). So a new build shows within about 10 s
 * of a busy page's last refresh, and a burst of readers costs the servers
 * one request a page every 10 s. Not `stale-while-revalidate`: browsers
 * honour it too, and with `max-age=0` they answered every file from their
 * cache and fetched it again behind it (a preloaded search manifest twice).
 */
export const CACHE_AND_REVALIDATE = 'public, max-age=0, s-maxage=10'

/** A 404 is kept 10 s by a shared cache: a crawler trying ids costs the servers little, and a page that appears shows soon. */
export const CACHE_NOT_FOUND = 'public, max-age=0, s-maxage=10'

/** Errors, and answers that depend on more than the URL and its coding: never stored. */
export const NEVER_CACHE = 'no-store'

/**
 * The Cache-Control of an answer, chosen for a shared cache in front
 * (docs/adr/0017-behind-a-cache.md): hashed assets and search shards for
 * good, everything else revalidated, 404s briefly, every other error never
 * (a 5xx kept by a cache would outlive the failure). A hashed file's 404 is
 * not kept: during a rolling deploy, a server still on the old build does
 * not have the new build's files, and the cache must ask again.
 */
export function cacheControlFor(pathname: string, status = 200): string {
  const hashed = HASHED.test(pathname)
  if (status === 404) return hashed ? NEVER_CACHE : CACHE_NOT_FOUND
  if (status >= 300 && status !== 304) return NEVER_CACHE
  return hashed ? CACHE_FOR_GOOD : CACHE_AND_REVALIDATE
}

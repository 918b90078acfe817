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
 * Hashed assets and search shards never change under their name; everything
 * else (pages, data files, the search manifest) is revalidated.
 */
export function cacheControlFor(pathname: string): string {
  return HASHED.test(pathname) ? 'public, max-age=31536000, immutable' : 'no-cache'
}

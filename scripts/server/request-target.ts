/**
 * What a request's target names, decided from the raw request line alone,
 * before any file is touched. Pure, so every odd form a client can send is
 * tested without a socket.
 *
 * One form per URL: a trailing slash, `…/index.html` and repeated slashes are
 * redirected to the canonical path, so a prerendered page is only ever
 * hydrated at the URL it was rendered for.
 */
export type RequestTarget =
  | { readonly kind: 'bad-request'; readonly reason: string }
  | { readonly kind: 'not-found' }
  | { readonly kind: 'redirect'; readonly location: string }
  /** `segments` are decoded and safe to join under the root; `pathname` is the raw form. */
  | { readonly kind: 'path'; readonly pathname: string; readonly segments: readonly string[] }

const INDEX = 'index.html'

export function parseRequestTarget(url: string | undefined): RequestTarget {
  if (!url) return { kind: 'bad-request', reason: 'no request target' }
  let raw = url
  if (!raw.startsWith('/')) {
    // Absolute form (`GET http://host/path`), which proxies may send.
    try {
      const parsed = new URL(raw)
      if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new Error()
      raw = parsed.pathname + parsed.search
    } catch {
      return { kind: 'bad-request', reason: 'the request target is not a path' }
    }
  }
  const queryAt = raw.indexOf('?')
  const pathname = queryAt === -1 ? raw : raw.slice(0, queryAt)
  const search = queryAt === -1 ? '' : raw.slice(queryAt)

  let decoded: string
  try {
    decoded = decodeURIComponent(pathname)
  } catch {
    return { kind: 'bad-request', reason: 'malformed percent-encoding in the path' }
  }
  if (decoded.includes('\0')) return { kind: 'bad-request', reason: 'a NUL byte in the path' }

  // A backslash never names one of our files, and a redirect to `/\host`
  // would be followed by browsers to another host, as `//host` would.
  if (decoded.includes('\\')) return { kind: 'not-found' }
  const canonical = canonicalPath(pathname)
  if (canonical !== pathname) return { kind: 'redirect', location: canonical + search }

  if (pathname === '/') return { kind: 'path', pathname, segments: [] }
  const segments = decoded.split('/').slice(1)
  // Dot segments and dotfiles never name a file we serve; refusing
  // them here means no path can climb out of the root, however it is encoded.
  // Empty segments or an index.html that only appear once decoded (`%2F`) are
  // a second form of a canonical URL: not found, rather than a page hydrated
  // at the wrong address.
  const refused = (segment: string) => segment === '' || segment.startsWith('.')
  if (segments.some(refused) || segments.at(-1) === INDEX) return { kind: 'not-found' }
  return { kind: 'path', pathname, segments }
}

/**
 * Repeated slashes collapse (which also keeps a redirect from ever starting
 * with `//`, a link to another host), `index.html` goes, and so does a
 * trailing slash, except on the root.
 */
function canonicalPath(pathname: string): string {
  let path = pathname.replace(/\/{2,}/g, '/')
  if (path === `/${INDEX}` || path.endsWith(`/${INDEX}`)) path = path.slice(0, -INDEX.length)
  if (path.length > 1) path = path.replace(/\/+$/, '')
  return path || '/'
}

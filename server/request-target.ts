/**
 * What a request's target names, decided from the raw request line alone,
 * before any file is touched. Pure, so every odd form a client can send is
 * tested without a socket.
 *
 * One form per URL: a trailing slash, `…/index.html`, repeated slashes and
 * percent-encoded unreserved characters (`/films/ma%73k-1985`, equivalent by
 * RFC 3986 §6.2.2.2) are redirected to the canonical path, so a page is only
 * ever rendered, cached and hydrated at one URL. An encoded slash (`%2F`) is
 * refused rather than redirected: a segment can never hold a slash, so
 * `/films%2Fmask-1985` names nothing, and decoding it into a path would make
 * a second URL for a page.
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
  const canonical = canonicalPath(decodeUnreserved(pathname))
  // Decoded segment by segment, so an encoded slash stays inside its segment.
  // (Each decodes, since the whole path did: no UTF-8 sequence spans a `/`.)
  const segments = canonical === '/' ? [] : canonical.split('/').slice(1).map(decodeURIComponent)
  // Dot segments and dotfiles never name a file we serve; refusing them here,
  // before any redirect, means no path can climb out of the root, however it
  // is encoded. A segment holding a slash (`%2F`) names no file and no page.
  const refused = (segment: string) =>
    segment === '' || segment.startsWith('.') || segment.includes('/')
  if (segments.some(refused) || segments.at(-1) === INDEX) return { kind: 'not-found' }
  if (canonical !== pathname) return { kind: 'redirect', location: canonical + search }
  return { kind: 'path', pathname, segments }
}

/**
 * Percent-encoded unreserved characters (letters, digits, `-._~`) decoded,
 * and the hex of the other escapes in capitals (RFC 3986 §6.2.2.1): the
 * normal form of an equivalent URL. Neither can make a slash or a backslash.
 */
function decodeUnreserved(pathname: string): string {
  return pathname.replace(/%[0-9a-fA-F]{2}/g, (escape) => {
    const char = String.fromCharCode(parseInt(escape.slice(1), 16))
    return /[A-Za-z0-9\-._~]/.test(char) ? char : escape.toUpperCase()
  })
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

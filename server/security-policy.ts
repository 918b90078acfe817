/**
 * The Content-Security-Policy, in one place for the server's header and the
 * built pages' <meta> tag. Only our own origin may supply scripts, styles,
 * data and images, and no inline script runs at all: text in a data file can
 * never become running code, even if a file is tampered with.
 */
const DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
]

/** The header, from `npm start`'s server. frame-ancestors works only as a header. */
export const CONTENT_SECURITY_POLICY = [...DIRECTIVES, "frame-ancestors 'none'"].join('; ')

/**
 * The same policy for a <meta http-equiv> tag in every built page, so it
 * holds on any static host, whatever headers that host sends. Browsers ignore
 * (and warn about) frame-ancestors in a meta tag, so it is left out.
 */
const CONTENT_SECURITY_POLICY_META = DIRECTIVES.join('; ')

/** The tag, placed before any script so that it covers every one of them. */
export function cspMetaTag(): string {
  return `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY_META}" />`
}

import { createHash } from 'node:crypto'

/**
 * The Content-Security-Policy, in one place for the server's header and the
 * built pages' <meta> tag. Only our own origin may supply scripts, styles,
 * data and images. The one inline script (the boot steps before the first
 * paint) and the one inline style (the rules the page uses at first, so
 * nothing blocks the paint: each kind of page has its own, ADR 24) run
 * because the policy names their exact text by its SHA-256,
 * computed by the build (build/prerender.ts); any other inline script or
 * style, an injected one included, is refused: text in a data file can never
 * become running code, even if a file is tampered with.
 */

/** The hashes of the inline script and style texts the built pages carry. */
export interface InlineHashes {
  readonly scripts: readonly string[]
  readonly styles: readonly string[]
}

/** No inline text at all: the policy for a server given no build's hashes. */
export const NO_INLINE: InlineHashes = { scripts: [], styles: [] }

/** A source expression for the exact text of an inline element, as CSP Level 2 defines it. */
export const inlineHash = (text: string) =>
  `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`

function directives(hashes: InlineHashes): string[] {
  return [
    "default-src 'self'",
    ["script-src 'self'", ...hashes.scripts].join(' '),
    ["style-src 'self'", ...hashes.styles].join(' '),
    "img-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ]
}

/** The header, from `npm start`'s server. frame-ancestors works only as a header. */
export const contentSecurityPolicy = (hashes: InlineHashes) =>
  [...directives(hashes), "frame-ancestors 'none'"].join('; ')

/**
 * The same policy in a <meta http-equiv> tag in every built page, so it
 * holds on any static host, whatever headers that host sends; placed before
 * any script so that it covers every one of them. Browsers ignore (and warn
 * about) frame-ancestors in a meta tag, so it is left out.
 */
export function cspMetaTag(hashes: InlineHashes): string {
  return `<meta http-equiv="Content-Security-Policy" content="${directives(hashes).join('; ')}" />`
}

import { cacheControlFor, securityHeaders } from '../../server/headers.ts'
import type { InlineHashes } from '../../server/security-policy.ts'
import { FILM_SECTIONS, filmPath, SEARCH_ROUTE } from '../../contract/routes.ts'

/**
 * The files Netlify and Cloudflare Pages read for what a server would send
 * (docs/adr/0018-static-export.md). The values come from the server's own
 * rules (server/headers.ts), so the export sends what `npm start` sends.
 */

/**
 * `_headers`: the security headers on every file, and the long cache on the
 * folders whose names are hashes of their content. Everything else keeps the
 * host's default (revalidated each time): both hosts join a header set by two
 * rules into one list, so the catch-all rule sets no Cache-Control.
 */
export function headersFile(hashes: InlineHashes, hashedFolders: readonly string[]): string {
  const block = (pattern: string, headers: Readonly<Record<string, string>>) =>
    [pattern, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n')
  return `${[
    block('/*', securityHeaders(hashes)),
    ...hashedFolders.map((folder) => {
      const cacheControl = cacheControlFor(`/${folder}/file`)
      if (cacheControl === cacheControlFor('/'))
        throw new Error(`${folder}/ is not cached as a hashed folder by server/headers.ts`)
      return block(`/${folder}/*`, { 'Cache-Control': cacheControl })
    }),
  ].join('\n')}\n`
}

/** A rule of `_redirects`: a 200 is a rewrite (the address stays), a 308 a redirect. */
export interface HostRule {
  readonly from: string
  readonly to: string
  readonly status: 200 | 308
}

/**
 * A film's other tabs answer with its overview's page (the data of every tab
 * is in it, and the app renders the tab from it); the search's results are
 * the app shell's; the catalog's first page has one address, `/`. A path
 * with no file is the host's 404, with /404.html (both hosts serve it).
 */
export function hostRules(): HostRule[] {
  const film = filmPath(':id')
  return [
    ...FILM_SECTIONS.filter((section) => section.path).map((section): HostRule => ({
      from: `${film}/${section.path}`,
      to: `${film}/index.html`,
      status: 200,
    })),
    { from: `/${SEARCH_ROUTE}`, to: '/shell.html', status: 200 },
    { from: '/catalog/title/1', to: '/', status: 308 },
  ]
}

export const redirectsFile = (rules: readonly HostRule[]) =>
  `${rules.map((rule) => `${rule.from} ${rule.to} ${rule.status}`).join('\n')}\n`

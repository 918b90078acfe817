import { FILM_SECTIONS, sectionPath } from '../../contract/routes.ts'
import { auditPage, metaPolicy } from '../../build/head-audit.ts'
import { expect, test } from './fixtures.ts'
import { LIST_FILM, ROUTES } from './routes.ts'

/**
 * Every kind of page paints in one round trip (issue 30): as `npm start`
 * sends it, no script or stylesheet in it holds the paint, and its inline
 * boot script and style run because both policies, the header's and the
 * page's meta tag, name their hashes (build/head-audit.ts says what counts).
 */
const PAGES = [
  ...ROUTES,
  // Prerendered: Mask's four tabs (in ROUTES) and the catalog's first page by year.
  ['catalog-by-year, prerendered', '/catalog/year/1'],
  // Rendered on request: a thin film's tabs (in ROUTES) and another tab of Mask's.
  ['thin film, rendered on request', `/films/${LIST_FILM}/cast?q=a`],
  ['prerendered film tab', sectionPath('mask-1985', FILM_SECTIONS[3])],
  ['search with nothing to search by, rendered on request', '/search'],
  ['shell', '/shell.html'],
  ['shell for an unknown film', '/films/no-such-film-1900'],
] as const

for (const [name, path] of PAGES) {
  test(`${name} (${path}) has nothing that blocks its first paint`, async ({ request }) => {
    const response = await request.get(path, { headers: { accept: 'text/html' } })
    expect(response.headers()['content-type']).toContain('text/html')
    const html = await response.text()
    const header = response.headers()['content-security-policy'] ?? ''
    const meta = metaPolicy(html)
    expect(header).not.toBe('')
    expect(meta).not.toBeNull()
    // The unrendered app (its root empty) paints nothing before its scripts run.
    const shell = html.includes('<div id="root"></div>')
    expect(auditPage(html, [header, meta ?? ''], { shell })).toEqual([])
    // The boot steps and the styles are in the page itself.
    expect(/<script>[\s\S]+?<\/script>/.test(html), 'an inline script').toBe(true)
    expect(/<style>[\s\S]+?<\/style>/.test(html), 'an inline style').toBe(true)
  })
}

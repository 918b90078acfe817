import { FILM_SECTIONS, sectionPath } from '../../contract/routes.ts'
import { auditPage, metaPolicy } from '../../build/head-audit.ts'
import { missingRules } from '../../build/critical-css.ts'
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

  // A rendered page holds only the rules its kind uses at first (ADR 24):
  // every rule of the whole stylesheet its markup can use must be among
  // them, on pages the build did not pick its rules by as on those it did.
  test(`${name} (${path}) holds every rule its markup can use`, async ({ request }) => {
    const html = await (await request.get(path, { headers: { accept: 'text/html' } })).text()
    const href = /<noscript><link[^>]*><link rel="stylesheet" href="([^"]+)"/.exec(html)?.[1]
    expect(href, 'the whole stylesheet, linked for after the paint').toBeTruthy()
    const whole = await (await request.get(href ?? '')).text()
    const inline = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? ''
    expect(missingRules(whole, inline, html)).toEqual([])
  })
}

/**
 * Writes HTML for every route of every film in the catalog, and the catalog
 * itself, with the content already in it (run by `npm run build`, after the
 * client and server builds). Each page gets its title, a description, Open
 * Graph tags, modulepreload links for its route's code, and the data the
 * browser hydrates from. The unrendered app shell is kept as shell.html, the
 * server's fallback for paths with no page (unknown films, not-found).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { PageKind } from '../src/app/page-meta.ts'
import type { Catalog } from '../src/data/catalog-schema.ts'
import type { RenderedPage } from '../src/entry-server.tsx'
import { routeModulesFor, type Manifest } from './route-chunks.ts'

const DIST = resolve('dist')
const SSR_ENTRY = resolve('dist-ssr', 'entry-server.js')

const ROUTE_MODULES: Record<PageKind, string> = {
  catalog: 'src/features/catalog/catalog-route.tsx',
  overview: 'src/features/overview/overview-route.tsx',
  cast: 'src/features/cast/cast-route.tsx',
  trivia: 'src/features/trivia/trivia-route.tsx',
  reviews: 'src/features/reviews/reviews-route.tsx',
}

/** The loaders fetch data over HTTP; at build time the files are on disk. */
function serveFromDist(): typeof fetch {
  return async (input) => {
    const url = new URL(input instanceof Request ? input.url : String(input))
    try {
      const body = readFileSync(join(DIST, decodeURIComponent(url.pathname)))
      return new Response(body, { headers: { 'content-type': 'application/json' } })
    } catch {
      return new Response('Not found', { status: 404 })
    }
  }
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/** JSON that cannot end its <script> element, whatever the film data holds. */
const jsonForScript = (value: unknown) =>
  JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')

function pageHtml(template: string, page: RenderedPage, preloads: string[]): string {
  const title = escapeHtml(page.title)
  const description = escapeHtml(page.description)
  const head = [
    `<title>${title}</title>`,
    `<meta name="description" content="${description}" />`,
    `<meta property="og:title" content="${title}" />`,
    `<meta property="og:description" content="${description}" />`,
    `<meta property="og:type" content="website" />`,
    `<meta property="og:site_name" content="Film Explorer" />`,
    `<meta name="twitter:card" content="summary" />`,
    ...preloads.map((file) => `<link rel="modulepreload" crossorigin href="/${file}" />`),
  ].join('\n    ')
  const replaced = template
    .replace(/<title>[^<]*<\/title>/, head)
    .replace(/\s*<meta name="description"[^>]*>/, '')
    .replace(
      '<div id="root"></div>',
      `<div id="root">${page.body}</div>\n    <script type="application/json" id="hydration-data">${jsonForScript(page.payload)}</script>`,
    )
  if (!replaced.includes(page.body)) throw new Error('the template has no <div id="root"></div>')
  return replaced
}

async function main() {
  const template = readFileSync(join(DIST, 'index.html'), 'utf8')
  const manifest = JSON.parse(
    readFileSync(join(DIST, '.vite', 'manifest.json'), 'utf8'),
  ) as Manifest
  const catalog = JSON.parse(
    readFileSync(join(DIST, 'data', 'films', 'index.json'), 'utf8'),
  ) as Catalog
  globalThis.fetch = serveFromDist()
  const { renderPage } = (await import(pathToFileURL(SSR_ENTRY).href)) as {
    renderPage: (pathname: string, kind: PageKind) => Promise<RenderedPage>
  }

  writeFileSync(join(DIST, 'shell.html'), template)
  const pages: Array<[string, PageKind]> = [['/', 'catalog']]
  for (const film of catalog.films) {
    const base = `/films/${film.id}`
    pages.push(
      [base, 'overview'],
      [`${base}/cast`, 'cast'],
      [`${base}/trivia`, 'trivia'],
      [`${base}/reviews`, 'reviews'],
    )
  }
  for (const [pathname, kind] of pages) {
    const page = await renderPage(pathname, kind)
    const preloads = routeModulesFor(manifest, ROUTE_MODULES[kind]).filter(
      (file) => !template.includes(file),
    )
    const file = join(DIST, pathname, 'index.html')
    mkdirSync(dirname(file), { recursive: true })
    writeFileSync(file, pageHtml(template, page, preloads))
  }
  console.log(`prerender: wrote ${pages.length} pages and shell.html to dist/`)
}

await main()

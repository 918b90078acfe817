/**
 * Writes HTML for every route of every film in the catalog, and the catalog
 * itself, with the content already in it (run by `npm run build`, after the
 * client and server builds). Each page gets its title, a description, Open
 * Graph tags, the Content-Security-Policy, modulepreload links for its
 * route's code, and the data the browser hydrates from. The unrendered app shell is kept as shell.html, the
 * server's fallback for paths with no page (unknown films, not-found).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { minify } from 'vite'
import type { PageKind } from '../src/app/page-meta.ts'
import type { Catalog } from '../src/data/catalog-schema.ts'
import type { RenderedPage } from '../src/entry-server.tsx'
import { routeModulesFor, type Manifest } from './route-chunks.ts'
import { cspMetaTag } from './security-policy.ts'

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

/** The template's own script and preload tags: a prerendered page loads its scripts after painting (public/boot.js). */
const SCRIPT_TAGS = /\s*<script type="module"[^>]*><\/script>|\s*<link rel="modulepreload"[^>]*>/g

function scriptsOf(template: string): string[] {
  const entry = /<script type="module"[^>]*src="([^"]+)"/.exec(template)?.[1]
  if (!entry) throw new Error('the template has no module script')
  const preloads = [...template.matchAll(/<link rel="modulepreload"[^>]*href="([^"]+)"/g)].map(
    (m) => m[1] ?? '',
  )
  return [entry, ...preloads]
}

function pageHtml(template: string, page: RenderedPage, scripts: string[]): string {
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
    `<meta name="app-scripts" content="${scripts.join(' ')}" />`,
  ].join('\n    ')
  const replaced = template
    .replace(SCRIPT_TAGS, '')
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
  const built = readFileSync(join(DIST, 'index.html'), 'utf8')
  // Not in index.html itself: the dev server injects inline scripts.
  const template = built.replace(/(<meta charset="UTF-8" \/>)/, `$1\n    ${cspMetaTag()}`)
  if (template === built) throw new Error('index.html has no <meta charset="UTF-8" /> to follow')
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

  // The shell serves pages that must fetch their data: preload the fetch-and-
  // validate code with the rest, rather than after the app has started.
  // Its route is not known in advance, so it preloads every route's code too
  // (a few kB, for pages outside the catalog only) rather than wait for it.
  const shellModules = ['src/data/fetch-film.ts', ...Object.values(ROUTE_MODULES)]
  const boundary = [...new Set(shellModules.flatMap((module) => routeModulesFor(manifest, module)))]
    .filter((file) => !template.includes(file))
    .map((file) => `<link rel="modulepreload" crossorigin href="/${file}">`)
    .join('\n    ')
  writeFileSync(join(DIST, 'shell.html'), template.replace('</head>', `    ${boundary}\n  </head>`))
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
    const routeFiles = routeModulesFor(manifest, ROUTE_MODULES[kind]).map((file) => `/${file}`)
    const scripts = [...new Set([...scriptsOf(template), ...routeFiles])]
    const file = join(DIST, pathname, 'index.html')
    mkdirSync(dirname(file), { recursive: true })
    writeFileSync(file, pageHtml(template, page, scripts))
  }
  // public/boot.js is copied as written; it runs on every page, so minify it.
  const boot = join(DIST, 'boot.js')
  const minified = await minify('boot.js', readFileSync(boot, 'utf8'), {
    compress: true,
    mangle: { toplevel: true },
  })
  writeFileSync(boot, minified.code)
  console.log(`prerender: wrote ${pages.length} pages and shell.html to dist/, minified boot.js`)
}

await main()

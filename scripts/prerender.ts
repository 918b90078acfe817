/**
 * Writes HTML for every route of the rich films (data/pages) and the catalog's
 * first page, with the content already in it (run by `npm run build`, after the
 * client and server builds). Each page gets its title, a description, Open
 * Graph tags, the Content-Security-Policy, modulepreload links for its
 * route's code, and the data the browser hydrates from. The unrendered app
 * shell is kept as shell.html, the server's fallback for paths with no page
 * (unknown films, not-found).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { minify } from 'vite'
import {
  CATALOG_PAGE,
  FILM_SECTIONS,
  PAGES,
  routeModule,
  sectionPath,
  type Page,
  type PageKind,
} from '../src/app/pages.ts'
import type { ReadDataFile, RenderedPage } from '../src/entry-server.tsx'
import { parsePage } from '../src/ingest/parse-page.ts'
import { readRichPages } from '../pipeline/rich-pages.ts'
import { pageHtml, scriptsOf } from './page-html.ts'
import { routeModulesFor, type Manifest } from './route-chunks.ts'
import { cspMetaTag } from './security-policy.ts'

const DIST = resolve('dist')
const SSR_ENTRY = resolve('dist-ssr', 'entry-server.js')

/** The loaders' data files, from the build on disk. */
const readDataFile = (path: string) => readFile(join(DIST, path), 'utf8').catch(() => null)

async function main() {
  const built = readFileSync(join(DIST, 'index.html'), 'utf8')
  // Not in index.html itself: the dev server injects inline scripts.
  const template = built.replace(/(<meta charset="UTF-8" \/>)/, `$1\n    ${cspMetaTag()}`)
  if (template === built) throw new Error('index.html has no <meta charset="UTF-8" /> to follow')
  const manifest = JSON.parse(
    readFileSync(join(DIST, '.vite', 'manifest.json'), 'utf8'),
  ) as Manifest
  const { renderPage } = (await import(pathToFileURL(SSR_ENTRY).href)) as {
    renderPage: (pathname: string, kind: PageKind, read: ReadDataFile) => Promise<RenderedPage>
  }
  // The rich films only: the server renders the other films' pages on request
  // (docs/adr/0009-films-at-scale.md). Their ids are their pages' own.
  const richIds = (await readRichPages()).map(({ text, ...page }) => parsePage(text, page).id)

  // The shell serves pages that must fetch their data: preload the fetch-and-
  // validate code with the rest, rather than after the app has started.
  // Its route is not known in advance, so it preloads every route's code too
  // (a few kB, for pages outside the catalog only) rather than wait for it.
  const shellModules = ['src/data/fetch-film.ts', ...PAGES.map((page) => routeModule(page.kind))]
  const boundary = [...new Set(shellModules.flatMap((module) => routeModulesFor(manifest, module)))]
    .filter((file) => !template.includes(file))
    .map((file) => `<link rel="modulepreload" crossorigin href="/${file}">`)
    .join('\n    ')
  writeFileSync(join(DIST, 'shell.html'), template.replace('</head>', `    ${boundary}\n  </head>`))
  const pages: Array<[string, Page & { kind: PageKind }]> = [['/', CATALOG_PAGE]]
  for (const id of richIds) {
    for (const section of FILM_SECTIONS) pages.push([sectionPath(id, section), section])
  }
  for (const [pathname, definition] of pages) {
    const page = await renderPage(pathname, definition.kind, readDataFile)
    const routeFiles = routeModulesFor(manifest, routeModule(definition.kind)).map(
      (file) => `/${file}`,
    )
    const scripts = [...new Set([...scriptsOf(template), ...routeFiles])]
    const file = join(DIST, pathname, 'index.html')
    mkdirSync(dirname(file), { recursive: true })
    writeFileSync(file, pageHtml(template, page, scripts, page.ownedParams))
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

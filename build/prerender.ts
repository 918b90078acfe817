/**
 * Writes, after the client and server builds (`npm run build`):
 * - dist-ssr/page-template.json, what the server needs to render any page on
 *   request (server/page-factory.ts): the built index.html with the
 *   Content-Security-Policy and each kind of page's scripts;
 * - HTML for every route of the rich films (data/pages) and the catalog's
 *   first page in each order, with the content already in it, so they are
 *   files a static host can serve and the server never renders them. Every
 *   other page is rendered by the server on its first request
 *   (docs/adr/0009-films-at-scale.md);
 * - dist/shell.html, the unrendered app, the server's answer for pages only
 *   the browser renders (`/search`), and dist/404.html, the same with a
 *   not-found note for readers without JavaScript, sent with every 404.
 */
import '../server/production-env.ts'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { minify } from 'vite'
import { readRichPages } from '../pipeline/sources/rich-pages.ts'
import { PAGES, routeModule } from '../contract/pages.ts'
import { CATALOG_PAGE, FILM_SECTIONS, sectionPath, type PageKind } from '../contract/routes.ts'
import { parsePage } from '../pipeline/sources/page/parse-page.ts'
import { notFoundHtml, scriptsOf } from '../server/page-html.ts'
import { routeModulesFor, type Manifest } from './route-chunks.ts'
import { cspMetaTag } from '../server/security-policy.ts'
import { siteOrigin } from './site-url.ts'
import { loadPageFactory, PAGE_TEMPLATE_FILE, type PageTemplate } from '../server/page-factory.ts'

const DIST = resolve('dist')
const SSR = resolve('dist-ssr')

/** The catalog pages written as files: the first of each order (the rest render on request). */
export const PRERENDERED_CATALOG_PAGES = ['/', '/catalog/year/1'] as const

function pageTemplate(built: string, manifest: Manifest): PageTemplate {
  // Not in index.html itself: the dev server injects inline scripts.
  const template = built.replace(/(<meta charset="UTF-8" \/>)/, `$1\n    ${cspMetaTag()}`)
  if (template === built) throw new Error('index.html has no <meta charset="UTF-8" /> to follow')
  const scripts = Object.fromEntries(
    PAGES.map((page) => [
      page.kind,
      [
        ...new Set([
          ...scriptsOf(template),
          ...routeModulesFor(manifest, routeModule(page.kind)).map((file) => `/${file}`),
        ]),
      ],
    ]),
  )
  return { template, scripts, origin: siteOrigin() }
}

/**
 * The shell serves pages that must fetch their data: preload the fetch-and-
 * validate code with the rest, rather than after the app has started. Its
 * route is not known in advance, so it preloads every route's code too (a few
 * kB, for pages the server could not render only) rather than wait for it.
 */
function shellHtml(template: string, manifest: Manifest): string {
  const shellModules = ['src/data/fetch-film.ts', ...PAGES.map((page) => routeModule(page.kind))]
  const boundary = [...new Set(shellModules.flatMap((module) => routeModulesFor(manifest, module)))]
    .filter((file) => !template.includes(file))
    .map((file) => `<link rel="modulepreload" crossorigin href="/${file}">`)
    .join('\n    ')
  return template.replace('</head>', `    ${boundary}\n  </head>`)
}

async function main() {
  const manifest = JSON.parse(
    readFileSync(join(DIST, '.vite', 'manifest.json'), 'utf8'),
  ) as Manifest
  const template = pageTemplate(readFileSync(join(DIST, 'index.html'), 'utf8'), manifest)
  writeFileSync(join(SSR, PAGE_TEMPLATE_FILE), `${JSON.stringify(template)}\n`)
  const shell = shellHtml(template.template, manifest)
  writeFileSync(join(DIST, 'shell.html'), shell)
  writeFileSync(join(DIST, '404.html'), notFoundHtml(shell))

  // The rich films' ids are their pages' own (the pipeline reserves them).
  const richIds = (await readRichPages()).map(({ text, ...page }) => parsePage(text, page).id)
  const pages: Array<[string, PageKind]> = [
    ...PRERENDERED_CATALOG_PAGES.map((path): [string, PageKind] => [path, CATALOG_PAGE.kind]),
    ...richIds.flatMap((id) =>
      FILM_SECTIONS.map((section): [string, PageKind] => [sectionPath(id, section), section.kind]),
    ),
  ]
  const factory = await loadPageFactory(DIST, SSR)
  for (const [pathname, kind] of pages) {
    const html = await factory.render(pathname, kind)
    if (typeof html !== 'string') throw new Error(`${pathname} redirects to ${html.redirect}`)
    const file = join(DIST, pathname, 'index.html')
    mkdirSync(dirname(file), { recursive: true })
    writeFileSync(file, html)
  }
  // public/boot.js and pwa.js are copied as written; they run on every page, so minify them.
  for (const name of ['boot.js', 'pwa.js']) {
    const file = join(DIST, name)
    const minified = await minify(name, readFileSync(file, 'utf8'), {
      compress: true,
      mangle: { toplevel: true },
    })
    writeFileSync(file, minified.code)
  }
  console.log(
    `prerender: wrote ${pages.length} pages, shell.html and 404.html to dist/, minified boot.js and pwa.js`,
  )
}

await main()

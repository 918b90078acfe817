/**
 * Writes, after the client and server builds (`npm run build`):
 * - dist-ssr/page-template.json, what the server needs to render any page on
 *   request (server/page-factory.ts): the built index.html, its boot script
 *   and stylesheet inline (build/inline-head.ts), with the
 *   Content-Security-Policy that allows them by hash, and each kind of page's
 *   scripts and own rules of the stylesheet (build/page-styles.ts); the
 *   hashes also go to dist/inline-hashes.json for the server's header;
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
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { readRichPages } from '../pipeline/sources/rich-pages.ts'
import { PAGES, routeModule } from '../contract/pages.ts'
import { CATALOG_PAGE, FILM_SECTIONS, sectionPath, type PageKind } from '../contract/routes.ts'
import { SEARCH_MANIFEST_FILE } from '../contract/data-files.ts'
import { parsePage } from '../pipeline/sources/page/parse-page.ts'
import { notFoundHtml, scriptsOf } from '../server/page-html.ts'
import { entryKey, routeModulesFor, staticClosure, type Manifest } from './route-chunks.ts'
import {
  contentSecurityPolicy,
  cspMetaTag,
  inlineHash,
  type InlineHashes,
} from '../server/security-policy.ts'
import { INLINE_HASHES_FILE } from '../server/inline-hashes.ts'
import { auditPage, metaPolicy } from './head-audit.ts'
import { inlineHead, minifyBoot } from './inline-head.ts'
import { pageStyles, samplePaths } from './page-styles.ts'
import { siteOrigin } from './site-url.ts'
import { loadPageFactory, PAGE_TEMPLATE_FILE, type PageTemplate } from '../server/page-factory.ts'

const DIST = resolve('dist')
/** The search's engine, which the results page loads on demand (src/features/search/api/search-queries.ts). */
const SEARCH_RUN_MODULE = 'src/features/search/api/search-run.ts'
/** The header box's list, which loads on the box's first focus (src/features/search/site-search.tsx). */
const SEARCH_LIST_MODULE = 'src/features/search/site-search-popup.tsx'
const SSR = resolve('dist-ssr')

/** The catalog pages written as files: the first of each order (the rest render on request). */
export const PRERENDERED_CATALOG_PAGES = ['/', '/catalog/year/1'] as const

function pageTemplate(built: string, manifest: Manifest, hashes: InlineHashes): PageTemplate {
  // Not in index.html itself: the dev server injects inline scripts.
  const withPolicy = built.replace(/(<meta charset="UTF-8" \/>)/, `$1\n    ${cspMetaTag(hashes)}`)
  if (withPolicy === built) throw new Error('index.html has no <meta charset="UTF-8" /> to follow')
  const template = withSearchFiles(withPolicy, manifest)
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
 * Every page holds what a first search needs past the page's own code: the
 * header box's list's and the engine's code and the index's manifest, as
 * links in an inert template (`#search-files`). The box puts them in the
 * head on its first focus or key (src/features/search/site-search.tsx), so
 * the browser asks for them all at once, in one round trip, and a query's
 * shards are the only one after it (issue 30). On the shell, its script
 * puts them in the head on `/search` (public/shell-boot.js). Spelled
 * `<link crossorigin rel=…>`, so that server/page-html.ts, which takes the
 * template's own `<link rel="modulepreload">` tags out of a rendered page,
 * leaves these.
 */
function withSearchFiles(template: string, manifest: Manifest): string {
  // Not the code every page has loaded by then: the entry and what it imports.
  const own = staticClosure(manifest, entryKey(manifest))
  const code = [SEARCH_LIST_MODULE, SEARCH_RUN_MODULE]
    .flatMap((module) => routeModulesFor(manifest, module))
    .filter((file) => !own.has(file))
    .map((file) => `/${file}`)
  const links = [
    ...[...new Set(code)].map((file) => `<link crossorigin rel="modulepreload" href="${file}">`),
    `<link crossorigin rel="preload" as="fetch" href="/${SEARCH_MANIFEST_FILE}">`,
  ]
  const html = template.replace(
    /(<meta http-equiv="Content-Security-Policy"[^>]*>)/,
    (tag) => `${tag}\n    <template id="search-files">${links.join('')}</template>`,
  )
  if (html === template) throw new Error('the template has no Content-Security-Policy meta tag')
  return html
}

/**
 * The shell serves pages that must fetch their data: preload the fetch-and-
 * validate code with the rest, rather than after the app has started. Its
 * route is not known in advance, so it preloads every route's code too (a few
 * kB, for pages the server could not render only) rather than wait for it.
 */
function shellHtml(template: string, manifest: Manifest, shellScript: string): string {
  const shellModules = ['src/data/fetch-film.ts', ...PAGES.map((page) => routeModule(page.kind))]
  const shellFiles = [
    ...new Set(shellModules.flatMap((module) => routeModulesFor(manifest, module))),
  ]
  // Not the template's inert links to the search's files: those load on intent.
  const own = new Set(scriptsOf(template))
  const boundary = shellFiles
    .filter((file) => !own.has(`/${file}`))
    .map((file) => `<link rel="modulepreload" crossorigin href="/${file}">`)
    .join('\n    ')
  // Its own step before the paint (public/shell-boot.js) comes first, so a
  // film's data or the search's files are on their way before the code is;
  // after the template of the search's files, which it reads as the page is
  // parsed (on /search, the engine's code and the manifest: a query's
  // shards are then one round trip after the app's code).
  const shell = template
    .replace(/(<template id="search-files">.*?<\/template>)/, (tag) => `${tag}\n    ${shellScript}`)
    .replace('</head>', `    ${boundary}\n  </head>`)
  if (!shell.includes(shellScript))
    throw new Error('the template has no template of the search’s files')
  return shell
}

async function main() {
  const manifest = JSON.parse(
    readFileSync(join(DIST, '.vite', 'manifest.json'), 'utf8'),
  ) as Manifest
  const inlined = await inlineHead(readFileSync(join(DIST, 'index.html'), 'utf8'), DIST)
  const whole = pageTemplate(inlined.html, manifest, inlined.hashes)
  for (const file of inlined.inlinedFiles) rmSync(join(DIST, file))
  // First with the whole stylesheet, to render the sample pages each kind's
  // own rules are picked by (build/page-styles.ts).
  writeFileSync(join(SSR, PAGE_TEMPLATE_FILE), `${JSON.stringify(whole)}\n`)

  // The rich films' ids are their pages' own (the pipeline reserves them).
  const richIds = (await readRichPages()).map(({ text, ...page }) => parsePage(text, page).id)
  const pages: Array<[string, PageKind]> = [
    ...PRERENDERED_CATALOG_PAGES.map((path): [string, PageKind] => [path, CATALOG_PAGE.kind]),
    ...richIds.flatMap((id) =>
      FILM_SECTIONS.map((section): [string, PageKind] => [sectionPath(id, section), section.kind]),
    ),
  ]
  const samples = new Map<PageKind, string[]>()
  const sampler = await loadPageFactory(DIST, SSR)
  for (const [pathname, kind] of [...pages, ...(await samplePaths(DIST))]) {
    const html = await sampler.render(pathname, kind).catch(() => null)
    if (typeof html === 'string') samples.set(kind, [...(samples.get(kind) ?? []), html])
    else console.warn(`prerender: no sample from ${pathname}, which does not render`)
  }
  const styles = pageStyles(inlined.css, samples, inlined.hashes)
  // The header names every kind's style, and the shell's whole sheet
  // (server/inline-hashes.ts); each page's meta tag names its own.
  const hashes: InlineHashes = {
    ...inlined.hashes,
    styles: [
      ...new Set([
        ...inlined.hashes.styles,
        ...Object.values(styles).map((s) => inlineHash(s.css)),
      ]),
    ],
  }
  writeFileSync(join(DIST, INLINE_HASHES_FILE), `${JSON.stringify(hashes)}\n`)
  const template: PageTemplate = { ...whole, styles }
  writeFileSync(join(SSR, PAGE_TEMPLATE_FILE), `${JSON.stringify(template)}\n`)
  // Every page written must paint in one round trip, its inline code allowed
  // by the header npm start sends and by its own meta tag.
  const write = (file: string, html: string, shell = false) => {
    const problems = auditPage(html, [contentSecurityPolicy(hashes), metaPolicy(html) ?? ''], {
      shell,
    })
    if (problems.length > 0) throw new Error(`${file}: ${problems.join('; ')}`)
    mkdirSync(dirname(file), { recursive: true })
    writeFileSync(file, html)
  }
  const shell = shellHtml(template.template, manifest, inlined.shellScript)
  write(join(DIST, 'shell.html'), shell, true)
  write(join(DIST, '404.html'), notFoundHtml(shell), true)

  const factory = await loadPageFactory(DIST, SSR)
  for (const [pathname, kind] of pages) {
    const html = await factory.render(pathname, kind)
    if (typeof html !== 'string') throw new Error(`${pathname} redirects to ${html.redirect}`)
    write(join(DIST, pathname, 'index.html'), html)
  }
  const sizes = Object.entries(styles).map(([kind, { css }]) => `${kind} ${css.length}`)
  console.log(
    `prerender: each kind's own rules, of the stylesheet's ${inlined.css.length} B: ${sizes.join(', ')}`,
  )
  // public/pwa.js is copied as written: minify it, as boot.js is.
  const pwa = join(DIST, 'pwa.js')
  writeFileSync(pwa, await minifyBoot(readFileSync(pwa, 'utf8')))
  console.log(
    `prerender: wrote ${pages.length} pages, shell.html and 404.html to dist/, boot.js and the stylesheet's rules inline in each, minified pwa.js`,
  )
}

await main()

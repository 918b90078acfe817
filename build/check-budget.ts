/**
 * `npm run test:budget`: fails when a route's JavaScript grows past its
 * budget, 1.10 times the floor app's (docs/performance.md). A byte count, not
 * a timing: the same build always gives the same figures.
 *
 * A fresh visit to a prerendered route runs the page's inline script (the
 * boot steps of public/boot.js), the entry chunk and what it imports, and the
 * route's module and what it imports; each counts at its gzip -9 size, the
 * inline script as if it were a file of its own, and each route lists its
 * files with their sizes. public/pwa.js is not among them: the boot script
 * loads it only when a new version is found or another tab let one in, which
 * a first visit never has (tests/e2e/offline.spec.ts checks it). The floor
 * app is built here from the same dependencies. Run after `npm run build`.
 */
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { gzipSync } from 'node:zlib'
import { build } from 'vite'
import { PAGES, routeModule } from '../contract/pages.ts'
import { SEARCH_PAGE } from '../contract/routes.ts'
import { PAGE_TEMPLATE_FILE, type PageTemplate } from '../server/page-factory.ts'
import { entryKey, routeJavaScript, staticClosure, type Manifest } from './route-chunks.ts'

export const BUDGET_RATIO = 1.1

const ROOT = resolve(import.meta.dirname, '..')

const gzipped = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length

/**
 * The scripts a page runs from its own text: a rendered page's are the
 * template's; the app shell (the search's page in a static export) has one more.
 */
function inlineScripts(html: string): string[] {
  // A <script> with no type runs; JSON data blocks (type="application/…") never do.
  const scripts = [...html.matchAll(/<script(?![^>]*\b(?:src|type)=)[^>]*>([\s\S]*?)<\/script>/g)]
  if (scripts.length === 0) throw new Error('a page has no inline script: is the build whole?')
  return scripts.map((match) => match[1] ?? '')
}
const readManifest = (dir: string) =>
  JSON.parse(readFileSync(join(dir, '.vite', 'manifest.json'), 'utf8')) as Manifest

async function floorBytes(): Promise<number> {
  const outDir = join(ROOT, 'dist-bench', 'floor-budget')
  await build({
    configFile: join(ROOT, 'bench', 'floor', 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, manifest: true },
  })
  const manifest = readManifest(outDir)
  return [...staticClosure(manifest, entryKey(manifest))].reduce(
    (sum, file) => sum + gzipped(join(outDir, file)),
    0,
  )
}

async function main() {
  const dist = join(ROOT, 'dist')
  const manifest = readManifest(dist)
  const floor = await floorBytes()
  const budget = Math.floor(floor * BUDGET_RATIO)
  const { template } = JSON.parse(
    readFileSync(join(ROOT, 'dist-ssr', PAGE_TEMPLATE_FILE), 'utf8'),
  ) as PageTemplate
  const shell = readFileSync(join(dist, 'shell.html'), 'utf8')
  const inlineBytes = (html: string) =>
    inlineScripts(html).reduce((sum, text) => sum + gzipSync(text, { level: 9 }).length, 0)
  let over = 0
  console.log(`budget: floor app ${floor} B; each route at most ${budget} B (${BUDGET_RATIO}x)`)
  for (const { kind: route } of PAGES) {
    // The server renders every page, the search's results too (ADR 20), but a
    // static export serves the search's page as the shell, with its own script.
    const boot = inlineBytes(route === SEARCH_PAGE.kind ? shell : template)
    const files = routeJavaScript(manifest, routeModule(route))
    const sizes = files.map((file) => [file, gzipped(join(dist, file))] as const)
    const bytes = boot + sizes.reduce((sum, [, size]) => sum + size, 0)
    const ok = bytes <= budget
    if (!ok) over += 1
    console.log(
      `budget: ${ok ? 'ok  ' : 'OVER'} ${route.padEnd(9)} ${bytes} B = ${(bytes / floor).toFixed(3)}x (${files.length + 1} files, ${budget - bytes} B left)`,
    )
    // Where the bytes go, biggest first: the core every page shares, then
    // what the route loads of its own.
    for (const [file, size] of [['inline scripts', boot] as const, ...sizes].sort(
      (a, b) => b[1] - a[1],
    ))
      console.log(`budget:        ${String(size).padStart(7)} B  ${file}`)
  }
  if (over > 0) {
    console.error(
      `budget: ${over} route(s) over budget. See docs/performance.md for what costs what.`,
    )
    process.exitCode = 1
  }
}

await main()

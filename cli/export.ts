/**
 * `npm run export [-- --out dist-export] [--slice <n>] [--workers <n>]`
 *
 * After `npm run build`: writes a static site any static host serves whole
 * (docs/adr/0018-static-export.md) from dist/ and dist-ssr/: every catalog
 * page, film and person as HTML, rendered on every core; the films' and
 * people's data in packs; `_headers` and `_redirects` for Netlify and
 * Cloudflare Pages. Then checks the hosts' limits (build/export/limits.ts).
 * Exits 1 when a page failed to render (each is named) or a required limit
 * is broken; `--slice <n>` exports the first n films and people only.
 */
import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { exportSite } from '../build/export/export-site.ts'
import { reportBreaches } from './export-report.ts'
import { progress } from './progress.ts'

const usage = 'usage: npm run export [-- --out <dir>] [--slice <n>] [--workers <n>]'
let values: { out: string; slice?: string; workers?: string }
try {
  values = parseArgs({
    options: {
      out: { type: 'string', default: 'dist-export' },
      slice: { type: 'string' },
      workers: { type: 'string' },
    },
  }).values as typeof values
} catch (error) {
  console.error(`export: ${(error as Error).message}\n${usage}`)
  process.exit(2)
}
const whole = (name: string, text: string | undefined) => {
  if (text === undefined) return undefined
  const n = Number(text)
  if (Number.isInteger(n) && n > 0) return n
  console.error(`export: --${name} takes a whole number above 0, not "${text}"\n${usage}`)
  process.exit(2)
}
const slice = whole('slice', values.slice)
const workers = whole('workers', values.workers)

const dist = resolve('dist')
const ssr = resolve('dist-ssr')
for (const needed of [join(dist, 'data', 'films'), join(ssr, 'page-template.json')]) {
  if (!existsSync(needed)) {
    console.error(`export: ${needed} is missing: run \`npm run build\` first.`)
    process.exit(1)
  }
}

const show = progress(process.stdout)
const started = performance.now()
const report = await exportSite({
  dist,
  ssr,
  out: resolve(values.out),
  slice,
  workers,
  log: show.line,
  onProgress: (done, total) =>
    show.update(
      `export: rendered ${done.toLocaleString('en')} of ${total.toLocaleString('en')} pages`,
    ),
})
const { pages, tree } = report
show.line(
  `export: ${pages.rendered.toLocaleString('en')} pages on ${pages.workers} threads, ${report.packs.toLocaleString('en')} data packs; ${tree.files.toLocaleString('en')} files, ${(tree.bytes / 1e6).toFixed(1)} MB in ${values.out}/ (largest file ${tree.largest.path}, ${(tree.largest.bytes / 1e6).toFixed(2)} MB) in ${((performance.now() - started) / 1000).toFixed(1)} s`,
)
for (const failure of pages.failures) {
  console.error(`export: ${failure.pathname} could not be rendered: ${failure.message}`)
}
if (pages.failures.length > 0) {
  console.error(
    `export: ${pages.failures.length} pages failed (above); the export is incomplete. Fix the data or the route, then export again.`,
  )
}
const broken = reportBreaches(report.breaches)
process.exitCode = pages.failures.length > 0 || broken ? 1 : 0

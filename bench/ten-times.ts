import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { loadavg } from 'node:os'
import { join } from 'node:path'
import autocannon from 'autocannon'
import { FILMS_DIR, PEOPLE_DIR, filmFile } from '../contract/data-files.ts'
import { exportSite } from '../build/export/export-site.ts'
import { checkHostFilesIn, checkLimits } from '../build/export/limits.ts'
import type { TreeStats } from '../build/export/tree.ts'
import { launchBrowser } from '../tests/browser.ts'
import { measureAppColdSearch } from './cold-search.ts'
import type { ExportFigures } from './export.ts'
import { measurePacks } from './export-packs.ts'
import { measureRendering, rssMb, startServer, type RenderFigures } from './server-load.ts'
import { writeSources } from './ten-times-files.ts'
import {
  countFiles,
  inProcess,
  runStage,
  type FolderFigures,
  type StageFigures,
} from './ten-times-stages.ts'

/**
 * Ten times the catalog, end to end (issue 31; `npm run bench -- --only
 * tenx`, docs/adr/0019-ten-times-the-catalog.md): sources ten times the
 * size (bench/ten-times-sources.ts), then the pipeline, each step of `npm
 * run build`, the server, a cold search and a sample of the static export
 * on them, at 1× and at 10× side by side, each in a folder of its own under
 * .cache/tenx/ (git-ignored; no reader ever sees it). Each step's time and
 * peak memory, the files and bytes it wrote, the server's start, memory and
 * render p95, a cold search's bytes and time, and the export's size and its
 * hosts' limits, counted whole and rendered in part.
 */

/** The export renders one page in this many at each scale, and counts the rest. */
export const EXPORT_SAMPLE = 40
/**
 * The pipeline's heap, at both scales alike: it holds the whole catalog and
 * every file it writes, and at 10× it had reached 4.1 GB by its validate
 * step, half way, against V8's default limit of about 4.3 GB on this
 * machine, with 3 GB of files still to render (ADR 19).
 */
export const PIPELINE_HEAP_MB = 12_288
/** Ports of the servers this bench starts, one a scale. */
const SERVER_PORT = 4300
const LOAD_SECONDS = 3
const LOAD_CONNECTIONS = 100

export interface ServerFigures {
  /** From the process's start to its listening line (the renderer warmed up). */
  readonly startMs: number
  readonly rssStartMb: number
  readonly rendering: RenderFigures
  readonly load: ReadonlyArray<{
    readonly target: string
    readonly path: string
    readonly requestsPerSecond: number
    readonly p99Ms: number
    readonly errors: number
  }>
  readonly peakRssMb: number
}

export interface ExportSample extends Pick<
  ExportFigures,
  | 'pagesPerSecond'
  | 'steps'
  | 'packs'
  | 'files'
  | 'bytes'
  | 'widestFolder'
  | 'largest'
  | 'breaches'
  | 'failures'
  | 'packFigures'
> {
  /** One page in `sample` rendered; `planned` pages in the whole export. */
  readonly sample: number
  readonly planned: number
  readonly rendered: number
  /** Rendering every page at the sample's rate, plus the other steps as measured. */
  readonly wholeSeconds: number
}

export interface ScaleFigures {
  readonly copies: number
  readonly listEntries: number
  readonly films: number
  readonly people: number
  readonly stages: readonly StageFigures[]
  readonly output: Readonly<Record<string, FolderFigures>>
  readonly server: ServerFigures
  readonly coldSearch: Awaited<ReturnType<typeof measureAppColdSearch>>
  readonly export: ExportSample
}

export interface TenTimesFigures {
  readonly scales: readonly ScaleFigures[]
  readonly seconds: number
}

const ids = (dir: string) => readdirSync(dir).filter((name) => name.endsWith('.json')).length

/** The steps of `npm run build` (package.json), each against `dir` rather than the repository's dist/. */
function buildSteps(root: string, dir: string, logs: string): StageFigures[] {
  const node = process.execPath
  const tsx = (script: string, ...args: string[]) => [
    node,
    '--import',
    'tsx',
    join(root, script),
    ...args,
  ]
  const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js')
  const dist = join(dir, 'dist')
  const inRoot = { cwd: root, logs }
  // The prerenderer reads dist/, dist-ssr/ and the rich pages from where it runs: dir holds all three.
  const inDir = { cwd: dir, logs }
  return [
    runStage(
      'client (vite build)',
      [node, vite, 'build', '--outDir', dist, '--emptyOutDir'],
      inRoot,
    ),
    runStage(
      'catalog pipeline',
      [
        ...tsx('cli/build-catalog.ts'),
        ...[
          '--root',
          dir,
          '--out',
          join(dist, 'data'),
          '--report',
          join(dir, 'catalog-report.json'),
        ],
        // The copies' counts are their own: recorded under dir, never in data/.
        '--accept-counts',
      ],
      { ...inRoot, env: { NODE_OPTIONS: `--max-old-space-size=${PIPELINE_HEAP_MB}` } },
    ),
    runStage('sitemaps', tsx('build/build-sitemaps.ts', dist), inRoot),
    runStage(
      'SSR bundle',
      [node, vite, 'build', '--ssr', 'src/entry-server.tsx', '--outDir', join(dir, 'dist-ssr')],
      inRoot,
    ),
    runStage('prerender', tsx('build/prerender.ts'), inDir),
    runStage('service worker', tsx('build/build-sw.ts', dist), inRoot),
    runStage('compress', tsx('build/compress.ts', dist), inRoot),
  ]
}

async function measureServer(root: string, dir: string, port: number): Promise<ServerFigures> {
  const started = performance.now()
  const { child } = await startServer(root, undefined, { BUILD_ROOT: dir, PORT: String(port) })
  const startMs = performance.now() - started
  const pid = child.pid as number
  try {
    const rssStartMb = rssMb(pid)
    const rendering = await measureRendering(join(dir, 'dist'), port, pid)
    const film = readdirSync(join(dir, 'dist', FILMS_DIR)).find((name) => name.endsWith('.json'))
    const id = film?.slice(0, -'.json'.length) ?? ''
    const targets = [
      ['page rendered on request, then from memory', `/films/${id}/cast`],
      ['data file', `/${filmFile(id)}`],
    ] as const
    const load = []
    for (const [target, path] of targets) {
      const result = await autocannon({
        url: `http://127.0.0.1:${port}${path}`,
        connections: LOAD_CONNECTIONS,
        duration: LOAD_SECONDS,
        headers: { 'accept-encoding': 'br, gzip' },
      })
      load.push({
        target,
        path,
        requestsPerSecond: result.requests.average,
        p99Ms: result.latency.p99,
        errors: result.errors + result.timeouts + result.non2xx,
      })
    }
    return {
      startMs,
      rssStartMb,
      rendering,
      load,
      peakRssMb: rssMb(pid, 'VmHWM'),
    }
  } finally {
    child.kill()
  }
}

async function measureExportSample(dir: string): Promise<ExportSample> {
  const dist = join(dir, 'dist')
  const out = join(dir, 'export')
  const report = await exportSite({ dist, ssr: join(dir, 'dist-ssr'), out, sample: EXPORT_SAMPLE })
  const rendered = report.pages.rendered
  const renderSeconds = report.steps.find(([step]) => step.startsWith('render'))?.[1] ?? NaN
  const pagesPerSecond = rendered / renderSeconds
  const unrendered = report.planned - rendered - report.pages.failures.length
  const films = ids(join(dist, FILMS_DIR))
  // The pages not rendered, counted as the export would write them: a folder
  // each (films/<id>/index.html), so they add files and bytes, and entries
  // to films/ and people/, but no file to any folder already counted.
  const whole: TreeStats = {
    ...report.tree,
    files: report.tree.files + unrendered,
    bytes: report.tree.bytes + unrendered * (report.pages.bytes / Math.max(1, rendered)),
    entriesPerFolder: new Map([
      ...report.tree.entriesPerFolder,
      ['films', films],
      ['people', ids(join(dist, PEOPLE_DIR))],
    ]),
  }
  const [folder, entries] = [...whole.entriesPerFolder].reduce((a, b) => (b[1] > a[1] ? b : a))
  const otherSeconds = report.steps
    .filter(([step]) => !step.startsWith('render'))
    .reduce((sum, [, seconds]) => sum + seconds, 0)
  const breaches = [...checkLimits(whole), ...checkHostFilesIn(out)].map(
    (breach) => `${breach.required ? 'broken' : 'does not fit'}: ${breach.message}`,
  )
  rmSync(out, { recursive: true, force: true })
  return {
    sample: EXPORT_SAMPLE,
    planned: report.planned,
    rendered,
    failures: report.pages.failures.length,
    pagesPerSecond,
    steps: report.steps,
    packs: report.packs,
    files: whole.files,
    bytes: whole.bytes,
    wholeSeconds: otherSeconds + report.planned / pagesPerSecond,
    widestFolder: { folder, entries },
    largest: report.tree.largest,
    breaches,
    packFigures: measurePacks(dist, [4096, 16384]),
  }
}

export async function measureScale(
  root: string,
  copies: number,
  log: (line: string) => void,
): Promise<ScaleFigures> {
  const dir = join(root, '.cache', 'tenx', `x${copies}`)
  const logs = join(dir, 'logs')
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  const [sources, listEntries] = await inProcess('sources', () => writeSources(root, dir, copies))
  log(`${copies}×: ${listEntries} list entries written in ${sources.seconds.toFixed(1)} s`)
  const stages = [sources]
  for (const stage of buildSteps(root, dir, logs)) {
    stages.push(stage)
    log(
      `${copies}×: ${stage.name} ${stage.seconds.toFixed(1)} s, ${stage.peakRssMb.toFixed(0)} MB (load ${stage.load.toFixed(1)})`,
    )
  }
  const dist = join(dir, 'dist')
  const output = countFiles(dist)
  const films = ids(join(dist, FILMS_DIR))
  const people = ids(join(dist, PEOPLE_DIR))
  log(`${copies}×: ${films} films, ${people} people; the server`)
  const server = await measureServer(root, dir, SERVER_PORT + Math.min(copies, 19))
  log(`${copies}×: a cold search`)
  const browser = await launchBrowser()
  let coldSearch
  try {
    coldSearch = await measureAppColdSearch(browser, dist, 3)
  } finally {
    await browser.close()
  }
  log(`${copies}×: the export, one page in ${EXPORT_SAMPLE}`)
  const sample = await measureExportSample(dir)
  return {
    copies,
    listEntries,
    films,
    people,
    stages,
    output,
    server,
    coldSearch,
    export: sample,
  }
}

/**
 * Both scales, each build removed when measured (tens of GB at 10×); `keep`
 * leaves them for a look. Each scale's figures are also kept in
 * .cache/tenx/x<n>.json as soon as they are measured, so a 10× step that
 * fails loses no 1× figure.
 */
export async function measureTenTimes(
  root: string,
  log: (line: string) => void,
  keep = false,
): Promise<TenTimesFigures> {
  const started = performance.now()
  const scales = []
  for (const copies of [1, 10]) {
    log(`${copies}×: load average ${loadavg()[0]?.toFixed(1)}`)
    const figures = await measureScale(root, copies, log)
    scales.push(figures)
    const dir = join(root, '.cache', 'tenx', `x${copies}`)
    writeFileSync(`${dir}.json`, `${JSON.stringify(figures, null, 2)}\n`)
    if (!keep) rmSync(dir, { recursive: true, force: true })
  }
  return { scales, seconds: (performance.now() - started) / 1000 }
}

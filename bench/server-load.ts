/**
 * The production server under load: `node dist-server/serve.js`, exactly as
 * `npm run serve` runs it, in a process of its own, hammered by autocannon
 * from this one over 127.0.0.1 for a page, a data file and a missing path at
 * 10, 100 and 500 connections. Requests/s, p99 latency, errors and the
 * server's resident memory for each.
 */
import { spawn } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import autocannon from 'autocannon'
import { filmFile, FILMS_DIR } from '../contract/data-files.ts'
import { FILM_SECTIONS, filmPath, sectionPath } from '../contract/routes.ts'
import { percentile } from './cast-at-scale.ts'

/** The cast section: a big page, rendered on request. */
const CAST = FILM_SECTIONS.find((section) => section.kind === 'cast') ?? FILM_SECTIONS[0]
import { random } from './generate-film.ts'

export const LOAD_CONNECTIONS = [10, 100, 500] as const
export const LOAD_SECONDS = 3
const TARGETS = [
  ['page', filmPath('mask-1985'), 200],
  ['page rendered on request, then from memory', sectionPath('airplane-1980', CAST), 200],
  ['data file', `/${filmFile('mask-1985')}`, 200],
  ['missing path', '/assets/nope.js', 404],
] as const

export interface LoadRow {
  readonly target: string
  readonly path: string
  readonly connections: number
  readonly requestsPerSecond: number
  readonly p99Ms: number
  /** Connection errors, timeouts and answers with another status than expected. */
  readonly errors: number
  readonly rssMb: number
}

export function rssMb(pid: number, field: 'VmRSS' | 'VmHWM' = 'VmRSS'): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8')
  const kb = Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1])
  return kb / 1024
}

/**
 * `serve.js` is the built server by default; another build of it may be
 * measured against the same dist/, and `env` may name another build
 * (BUILD_ROOT) or port.
 */
export async function startServer(
  root: string,
  serveJs = join(root, 'dist-server', 'serve.js'),
  env: NodeJS.ProcessEnv = {},
) {
  // PORT=0 picks a free port; the server prints the one it got.
  const child = spawn(process.execPath, [serveJs], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', ...env },
    // Its log (client errors summed up once a minute) goes to /dev/null.
    stdio: ['ignore', 'pipe', 'ignore'],
  })
  const port = await new Promise<number>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the server exited with ${code}`)))
    child.stdout.on('data', (chunk: Buffer) => {
      const match = /:(\d+)\//.exec(chunk.toString())
      if (match) resolve(Number(match[1]))
    })
  })
  return { child, port }
}

/** Pages of films picked at random (a fixed seed, so every run asks for the same ones). */
export const RENDER_SAMPLE = 500

export interface RenderFigures {
  readonly pages: number
  readonly coldP50Ms: number
  readonly coldP95Ms: number
  readonly coldMaxMs: number
  readonly cachedP50Ms: number
  readonly cachedP95Ms: number
  readonly rssAfterMb: number
}

async function timedGet(url: string): Promise<number> {
  const start = performance.now()
  const response = await fetch(url, { headers: { 'accept-encoding': 'br' } })
  await response.arrayBuffer()
  if (response.status !== 200) throw new Error(`${url} answered ${response.status}`)
  return performance.now() - start
}

/**
 * Pages no build wrote, one request at a time, as a client sees them: each
 * film's first request renders it, the second is served from memory.
 */
export async function measureRendering(
  dist: string,
  port: number,
  pid: number,
): Promise<RenderFigures> {
  const ids = readdirSync(join(dist, FILMS_DIR))
    .filter((name) => name.endsWith('.json'))
    .map((name) => name.slice(0, -'.json'.length))
    .sort()
  const next = random(15)
  const urls = Array.from({ length: RENDER_SAMPLE }, () => {
    const id = ids[Math.floor(next() * ids.length)] as string
    const section = FILM_SECTIONS[Math.floor(next() * FILM_SECTIONS.length)] ?? FILM_SECTIONS[0]
    return `http://127.0.0.1:${port}${sectionPath(id, section)}`
  })
  const unique = [...new Set(urls)]
  const cold: number[] = []
  for (const url of unique) cold.push(await timedGet(url))
  const cached: number[] = []
  for (const url of unique) cached.push(await timedGet(url))
  return {
    pages: unique.length,
    coldP50Ms: percentile(cold, 50),
    coldP95Ms: percentile(cold, 95),
    coldMaxMs: Math.max(...cold),
    cachedP50Ms: percentile(cached, 50),
    cachedP95Ms: percentile(cached, 95),
    rssAfterMb: rssMb(pid),
  }
}

export async function measureServerLoad(
  root: string,
): Promise<{ rows: LoadRow[]; peakRssMb: number; rendering: RenderFigures }> {
  const { child, port } = await startServer(root)
  const pid = child.pid as number
  const rows: LoadRow[] = []
  try {
    // First, while the server is fresh: no page of the sample is in memory yet.
    const rendering = await measureRendering(join(root, 'dist'), port, pid)
    // A second of warm-up, so the first row measures the server, not its JIT.
    await autocannon({
      url: `http://127.0.0.1:${port}${TARGETS[0][1]}`,
      connections: 10,
      duration: 1,
    })
    for (const [target, path, status] of TARGETS) {
      for (const connections of LOAD_CONNECTIONS) {
        const result = await autocannon({
          url: `http://127.0.0.1:${port}${path}`,
          connections,
          duration: LOAD_SECONDS,
          headers: { 'accept-encoding': 'br, gzip' },
        })
        const unexpected = status === 200 ? result.non2xx : result.requests.total - result['4xx']
        rows.push({
          target,
          path,
          connections,
          requestsPerSecond: result.requests.average,
          p99Ms: result.latency.p99,
          errors: result.errors + result.timeouts + unexpected,
          rssMb: rssMb(pid),
        })
      }
    }
    return { rows, peakRssMb: rssMb(pid, 'VmHWM'), rendering }
  } finally {
    child.kill()
  }
}

export function loadTable(
  rows: readonly LoadRow[],
  peakRssMb: number,
  rendering: RenderFigures,
): string {
  const ms = (value: number) => `${value.toFixed(1)} ms`
  return [
    `| Pages no build wrote (${rendering.pages} films' pages at random, one request at a time, as the client sees them) | p50 | p95 | Slowest |`,
    '| --- | ---: | ---: | ---: |',
    `| first request: rendered, compressed, sent | ${ms(rendering.coldP50Ms)} | ${ms(rendering.coldP95Ms)} | ${ms(rendering.coldMaxMs)} |`,
    `| second request: from memory | ${ms(rendering.cachedP50Ms)} | ${ms(rendering.cachedP95Ms)} | |`,
    '',
    `Server memory after rendering them: ${rendering.rssAfterMb.toFixed(0)} MB (RSS).`,
    '',
    `| Target | Connections | Requests/s | p99 latency (ms) | Errors | Server memory (RSS, MB) |`,
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map(
      (r) =>
        `| ${r.target} \`${r.path}\` | ${r.connections} | ${Math.round(r.requestsPerSecond)} | ${r.p99Ms} | ${r.errors} | ${r.rssMb.toFixed(0)} |`,
    ),
    '',
    `Each row: autocannon for ${LOAD_SECONDS} s against \`node dist-server/serve.js\` on 127.0.0.1, \`Accept-Encoding: br, gzip\`; the server's peak RSS over all runs: ${peakRssMb.toFixed(0)} MB.`,
  ].join('\n')
}

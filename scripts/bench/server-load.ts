/**
 * The production server under load: `node dist-server/serve.js`, exactly as
 * `npm run serve` runs it, in a process of its own, hammered by autocannon
 * from this one over 127.0.0.1 for a page, a data file and a missing path at
 * 10, 100 and 500 connections. Requests/s, p99 latency, errors and the
 * server's resident memory for each.
 */
import { spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import autocannon from 'autocannon'

export const LOAD_CONNECTIONS = [10, 100, 500] as const
export const LOAD_SECONDS = 3
const TARGETS = [
  ['page', '/films/mask-1985', 200],
  ['data file', '/data/films/mask-1985.json', 200],
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

function rssMb(pid: number, field: 'VmRSS' | 'VmHWM' = 'VmRSS'): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8')
  const kb = Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1])
  return kb / 1024
}

async function startServer(root: string) {
  // PORT=0 picks a free port; the server prints the one it got.
  const child = spawn(process.execPath, [join(root, 'dist-server', 'serve.js')], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1' },
    // One log line per 404 goes to /dev/null, still written, as in production.
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

export async function measureServerLoad(
  root: string,
): Promise<{ rows: LoadRow[]; peakRssMb: number }> {
  const { child, port } = await startServer(root)
  const pid = child.pid as number
  const rows: LoadRow[] = []
  try {
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
    return { rows, peakRssMb: rssMb(pid, 'VmHWM') }
  } finally {
    child.kill()
  }
}

export function loadTable(rows: readonly LoadRow[], peakRssMb: number): string {
  return [
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

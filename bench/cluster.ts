/**
 * `npm run bench -- --only cluster`: nginx as a cache in front of two
 * servers (deploy/cluster.ts) against one server alone, over the build in
 * dist/, with autocannon on 127.0.0.1 (br and gzip accepted):
 *
 * - one server alone, a page and a data file (as bench/server-load.ts);
 * - the same through nginx, kept (every answer a HIT);
 * - every request a different data file, to one server alone and through
 *   nginx (misses: nginx and the two servers at work);
 * - a server killed (SIGKILL) a third of the way through a mixed load:
 *   requests, hits, and failures.
 *
 * Ports 4296 (nginx), 4297 and 4298 (the servers).
 */
import { spawnSync } from 'node:child_process'
import { chmodSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { defaultClusterDir, findNginx, startCluster } from '../deploy/cluster.ts'
import { clusterLoad, type LoadFigures } from './cluster-load.ts'

const PROXY = 4296
const FIRST_SERVER = 4297
const CONNECTIONS = 100
const SECONDS = 5

export interface ClusterRow extends LoadFigures {
  readonly target: string
  readonly connections: number
}

export interface ClusterFigures {
  readonly rows: readonly ClusterRow[]
  /** The requests a third of the way through which one of the two servers was killed. */
  readonly killedAfter: number
  /** `nginx -v`'s answer. */
  readonly nginx: string
  /** The folder nginx's cache was in. */
  readonly cacheIn: string
}

export async function measureCluster(
  root: string,
  log: (line: string) => void,
): Promise<ClusterFigures> {
  const films = readdirSync(join(root, 'dist', 'data', 'films')).filter((name) =>
    name.endsWith('.json'),
  )
  let next = 0
  // Shuffled once, then taken in turn: each request a file not asked before.
  const shuffled = films
    .map((name) => ({ name, key: Math.random() }))
    .sort((a, b) => a.key - b.key)
    .map(({ name }) => name)
  const unseen = () => `/data/films/${shuffled[next++ % shuffled.length] ?? 'mask-1985.json'}`

  // Where `npm run cluster` keeps it: in memory where the machine allows.
  const runtimeDir = mkdtempSync(join(dirname(defaultClusterDir(PROXY)), 'film-explorer-bench-'))
  // As root, nginx's workers run as nobody, who must reach its folder inside.
  chmodSync(runtimeDir, 0o755)
  const cluster = await startCluster({
    host: '127.0.0.1',
    port: PROXY,
    servers: 2,
    firstServerPort: FIRST_SERVER,
    buildRoot: root,
    runtimeDir: join(runtimeDir, 'nginx'),
    log: () => {},
  })
  const rows: ClusterRow[] = []
  const run = async (
    target: string,
    port: number,
    path: () => string,
    connections = CONNECTIONS,
  ) => {
    log(`  ${target}`)
    const figures = await clusterLoad({ port, connections, seconds: SECONDS, path })
    rows.push({ target, connections, ...figures })
  }
  let killedAfter = 0
  try {
    for (const path of ['/films/mask-1985', '/data/films/mask-1985.json']) {
      await run(`one server alone: \`${path}\``, FIRST_SERVER, () => path)
      // Warmed first, so every answer is nginx's own copy.
      await clusterLoad({ port: PROXY, connections: 1, amount: 10, path: () => path })
      await run(`nginx, kept: \`${path}\``, PROXY, () => path)
    }
    await run('one server alone, every request a data file not asked before', FIRST_SERVER, unseen)
    await run('nginx, every request a data file not asked before (misses)', PROXY, unseen)
    const hot = ['/films/mask-1985', '/', '/data/films/mask-1985.json']
    const mixed = () =>
      Math.random() < 0.25 ? (hot[Math.floor(Math.random() * hot.length)] ?? '/') : unseen()
    const amount = 20_000
    log('  nginx, mixed, one server killed a third of the way')
    const figures = await clusterLoad({
      port: PROXY,
      connections: 50,
      amount,
      path: mixed,
      onAnswer: (answered) => {
        if (answered !== Math.floor(amount / 3)) return
        killedAfter = answered
        cluster.kill(0)
      },
    })
    rows.push({
      target: 'nginx, mixed (¼ kept, ¾ misses), one of two servers killed',
      connections: 50,
      ...figures,
    })
  } finally {
    await cluster.stop()
    rmSync(runtimeDir, { recursive: true, force: true })
  }
  const version = spawnSync(findNginx(), ['-v'], { encoding: 'utf8' }).stderr.trim()
  return {
    rows,
    killedAfter,
    nginx: version.replace(/^nginx version: /, ''),
    cacheIn: dirname(runtimeDir),
  }
}

export function clusterTable({ rows, killedAfter, nginx, cacheIn }: ClusterFigures): string {
  const lines = [
    '| Target | Connections | Requests | Requests/s | p99 latency (ms) | Failed (errors, non-2xx, timeouts) | nginx cache |',
    '| --- | ---: | ---: | ---: | ---: | ---: | --- |',
    ...rows.map((row) => {
      const cache = Object.entries(row.cache)
        .filter(([status]) => status !== 'none')
        .map(([status, count]) => `${status} ${count}`)
        .join(', ')
      return `| ${row.target} | ${row.connections} | ${row.requests} | ${row.requestsPerSecond} | ${row.p99Ms} | ${row.errors + row.non2xx + row.timeouts} | ${cache || '—'} |`
    }),
  ]
  return `${lines.join('\n')}\n\nEach row but the last: autocannon for ${SECONDS} s; the last: 20,000 requests, server 1 of 2 killed with SIGKILL after ${killedAfter} answers. ${nginx} (its cache in ${cacheIn}), two \`npm run serve\` processes, all on 127.0.0.1 on the same 2 cores.`
}

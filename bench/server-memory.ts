/**
 * The production server's memory while a crawler walks the catalog: the
 * built server (`node dist-server/serve.js`, over the build in dist/) asked
 * for `--pages` distinct pages it must render (each film's overview, then
 * people's pages), `--connections` at a time, its resident memory sampled
 * every `--every` pages. Rendered pages are kept up to 64 MB, so the figure
 * should level off rather than grow with the pages asked for.
 *
 *   npx tsx bench/server-memory.ts [--pages 60000] [--connections 8] [--every 5000] [--server path/to/serve.js]
 */
import { readdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { filmPath, personPath } from '../contract/routes.ts'
import { rssMb, startServer } from './server-load.ts'

const ROOT = resolve(import.meta.dirname, '..')
const { values } = parseArgs({
  options: {
    pages: { type: 'string', default: '60000' },
    connections: { type: 'string', default: '8' },
    every: { type: 'string', default: '5000' },
    server: { type: 'string' },
  },
})
const PAGES = Number(values.pages)
const CONNECTIONS = Number(values.connections)
const EVERY = Number(values.every)

const ids = (folder: string) =>
  readdirSync(join(ROOT, 'dist', 'data', folder))
    .filter((name) => name.endsWith('.json'))
    .map((name) => name.slice(0, -'.json'.length))
    .sort()
const paths = [...ids('films').map(filmPath), ...ids('people').map(personPath)].slice(0, PAGES)

const { child, port } = await startServer(ROOT, values.server && resolve(values.server))
const pid = child.pid as number
const started = performance.now()
const rows: string[] = []
const sample = (done: number) => {
  const seconds = ((performance.now() - started) / 1000).toFixed(0)
  rows.push(`| ${done.toLocaleString('en-US')} | ${seconds} | ${rssMb(pid).toFixed(0)} |`)
  console.log(rows.at(-1))
}
const statuses = new Map<number, number>()
let next = 0
let done = 0
try {
  console.log(`| Pages asked for | Seconds | Server RSS (MB) |\n| ---: | ---: | ---: |`)
  sample(0)
  // A fixed number of workers, each one request at a time: the load is bounded.
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      while (next < paths.length) {
        const path = paths[next++] as string
        const response = await fetch(`http://127.0.0.1:${port}${path}`, {
          headers: { 'accept-encoding': 'br, gzip' },
        })
        await response.arrayBuffer()
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1)
        done += 1
        if (done % EVERY === 0) sample(done)
      }
    }),
  )
  if (done % EVERY !== 0) sample(done)
  await new Promise((resolve) => setTimeout(resolve, 10_000))
  console.log(
    `10 s later, idle: ${rssMb(pid).toFixed(0)} MB; peak (VmHWM): ${rssMb(pid, 'VmHWM').toFixed(0)} MB`,
  )
  console.log(`statuses: ${[...statuses].map(([status, n]) => `${status}×${n}`).join(', ')}`)
} finally {
  child.kill()
}

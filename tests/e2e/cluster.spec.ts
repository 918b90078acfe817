import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { expect, test } from '@playwright/test'
import { clusterLoad } from '../../bench/cluster-load.ts'
import {
  ClusterError,
  defaultClusterDir,
  findNginx,
  startCluster,
  type Cluster,
} from '../../deploy/cluster.ts'
import { get, type RawResponse } from '../server/test-support.ts'
import { DIST, MARK, secondRelease } from './deploy.ts'

/**
 * nginx as a cache in front of two production servers on the build in dist/
 * (`npm run cluster`; docs/adr/0017-behind-a-cache.md): what it keeps, what
 * it passes through, a server killed under load, and a rolling deploy. No
 * browser: HTTP on loopback, a few thousand requests in all. The figures
 * are printed for the ADR and the report.
 */
const PROXY = 4290
const FIRST_SERVER = 4291
const B = 'b0b0b0b0b0b0'
const idOfA = (JSON.parse(readFileSync(join(DIST, 'build.json'), 'utf8')) as { id: string }).id

test.describe.configure({ mode: 'serial', timeout: 60_000 })

let root: string
let nginxDir: string
let cluster: Cluster
const log: string[] = []

test.beforeAll(async () => {
  try {
    findNginx()
  } catch (error) {
    // In CI, .ci/run installs it; here, the message says how.
    throw new Error(`the cluster test needs nginx: ${(error as ClusterError).message}`, {
      cause: error,
    })
  }
  root = mkdtempSync(join(tmpdir(), 'film-explorer-cluster-'))
  // nginx's folder where `npm run cluster` keeps it (in memory, if it can);
  // as root, nginx's workers run as nobody, who must reach it.
  nginxDir = join(
    mkdtempSync(join(dirname(defaultClusterDir(PROXY)), 'film-explorer-test-')),
    'nginx',
  )
  chmodSync(dirname(nginxDir), 0o755)
  secondRelease(join(root, 'b'), { from: idOfA, to: B })
  cluster = await startCluster({
    host: '127.0.0.1',
    port: PROXY,
    servers: 2,
    firstServerPort: FIRST_SERVER,
    buildRoot: resolve('.'),
    runtimeDir: nginxDir,
    log: (line) => log.push(line),
  })
})

test.afterAll(async () => {
  await cluster?.stop()
  if (root) rmSync(root, { recursive: true, force: true })
  if (nginxDir) rmSync(dirname(nginxDir), { recursive: true, force: true })
})

const viaProxy = (path: string, headers: Record<string, string> = {}) => get(PROXY, path, headers)

/** Every header the server sends for safety, as the server itself sends it. */
const SECURITY = [
  'content-security-policy',
  'x-content-type-options',
  'referrer-policy',
  'permissions-policy',
  'cross-origin-opener-policy',
  'cross-origin-resource-policy',
]

function expectSameSecurity(proxied: RawResponse, direct: RawResponse) {
  for (const name of SECURITY) {
    expect(direct.headers[name], name).toBeTruthy()
    expect(proxied.headers[name], name).toBe(direct.headers[name])
  }
}

const decoded = (response: RawResponse) =>
  response.headers['content-encoding'] === 'br'
    ? brotliDecompressSync(response.body)
    : response.headers['content-encoding'] === 'gzip'
      ? gunzipSync(response.body)
      : response.body

test('keeps pages and data as the server’s Cache-Control says, one copy per coding', async () => {
  const direct = await get(FIRST_SERVER, '/films/mask-1985', { 'Accept-Encoding': 'br' })
  const bodies = new Map<string, string>()
  for (const coding of ['br', 'gzip', 'identity']) {
    const first = await viaProxy('/films/mask-1985', { 'Accept-Encoding': coding })
    const again = await viaProxy('/films/mask-1985', { 'Accept-Encoding': coding })
    expect([first.status, again.status]).toEqual([200, 200])
    // Each coding is its own copy: the first ask of each is a miss.
    expect([first.headers['x-cache-status'], again.headers['x-cache-status']]).toEqual([
      'MISS',
      'HIT',
    ])
    expect(again.headers['content-encoding']).toBe(coding === 'identity' ? undefined : coding)
    expect(again.headers.vary).toBe('Accept-Encoding')
    expect(again.headers['cache-control']).toBe(direct.headers['cache-control'])
    expect(again.headers.etag).toMatch(/^"/)
    expectSameSecurity(again, direct)
    bodies.set(coding, decoded(again).toString())
  }
  expect(new Set(bodies.values()).size).toBe(1)
  expect(bodies.get('identity')).toContain('Mask')

  // A browser's own spelling of the same coding is the same copy.
  const chrome = await viaProxy('/films/mask-1985', {
    'Accept-Encoding': 'gzip, deflate, br, zstd',
  })
  expect(chrome.headers['x-cache-status']).toBe('HIT')
  expect(chrome.headers['content-encoding']).toBe('br')

  // A tab's data, under its build: kept with the build's id.
  const data = { 'Accept-Encoding': 'br', 'X-Build-Id': idOfA }
  const first = await viaProxy('/data/films/mask-1985.json', data)
  const again = await viaProxy('/data/films/mask-1985.json', data)
  expect([first.headers['x-cache-status'], again.headers['x-cache-status']]).toEqual([
    'MISS',
    'HIT',
  ])
  expect(again.headers['x-build-id']).toBe(idOfA)
  expect(JSON.parse(decoded(again).toString())).toMatchObject({ id: 'mask-1985' })

  // Hashed files: for a year.
  const script =
    /\/assets\/[\w.-]+\.js/.exec(bodies.get('identity') ?? '')?.[0] ?? '/assets/none.js'
  await viaProxy(script)
  const kept = await viaProxy(script)
  expect(kept.headers['x-cache-status']).toBe('HIT')
  expect(kept.headers['cache-control']).toBe('public, max-age=31536000, immutable')
})

test('passes statuses and every security header through, from the cache too', async () => {
  const headers = { Accept: 'text/html', 'Accept-Encoding': 'gzip' }
  const direct = await get(FIRST_SERVER, '/films/unknown-1999', headers)
  expect(direct.status).toBe(404)
  const first = await viaProxy('/films/unknown-1999', headers)
  const again = await viaProxy('/films/unknown-1999', headers)
  expect([first.status, again.status]).toEqual([404, 404])
  // A 404 is kept briefly (10 s): a crawler trying ids costs the servers little.
  expect(again.headers['x-cache-status']).toBe('HIT')
  expectSameSecurity(again, direct)
  expect(decoded(again).toString()).toBe(decoded(direct).toString())

  // A hashed file's 404 is never kept: mid-deploy, another server may have it.
  for (let i = 0; i < 2; i += 1) {
    const missing = await viaProxy('/assets/nope-0000.js')
    expect(missing.status).toBe(404)
    expect(missing.headers['x-cache-status']).toBe('MISS')
  }
  // Errors, redirects and refusals pass as they are.
  expect((await viaProxy('/%zz')).status).toBe(400)
  const redirect = await viaProxy('/films//mask-1985?tab=1')
  expect(redirect.status).toBe(308)
  expect(redirect.headers.location).toBe('/films/mask-1985?tab=1')
  expect((await get(PROXY, '/', {}, 'DELETE')).status).toBe(405)
})

test('a server killed under load loses no request: nginx asks the other', async () => {
  const films = readdirSync(join(DIST, 'data', 'films')).filter((name) => name.endsWith('.json'))
  const pick = () => films[Math.floor(Math.random() * films.length)] ?? 'mask-1985.json'
  const hot = ['/films/mask-1985', '/', '/data/films/mask-1985.json']
  // Mostly files and pages never asked for (misses, so the servers work),
  // some already kept (hits).
  const path = () => {
    const roll = Math.random()
    if (roll < 0.25) return hot[Math.floor(Math.random() * hot.length)] ?? '/'
    if (roll < 0.85) return `/data/films/${pick()}`
    return `/films/${pick().replace(/\.json$/, '')}`
  }
  const REQUESTS = 2000
  let killedAfter = -1
  const figures = await clusterLoad({
    port: PROXY,
    connections: 10,
    amount: REQUESTS,
    path,
    onAnswer: (answered) => {
      if (answered !== Math.floor(REQUESTS / 3)) return
      killedAfter = answered
      cluster.kill(0)
    },
  })
  console.log(`cluster kill under load: ${JSON.stringify({ ...figures, killedAfter })}`)
  expect(killedAfter).toBeGreaterThan(0)
  expect(figures.errors).toBe(0)
  expect(figures.timeouts).toBe(0)
  // Film files and pages that exist, and the hot paths: every answer a 200.
  expect(figures.non2xx).toBe(0)
  expect(figures.ok).toBeGreaterThanOrEqual(REQUESTS)
  // The cluster starts the killed server again by itself.
  await expect
    .poll(async () => (await get(FIRST_SERVER, '/').catch(() => null))?.status ?? 0, {
      timeout: 15_000,
      intervals: [250],
    })
    .toBe(200)
  expect(cluster.running(0)).toBe(true)
  expect(log.join('\n')).toMatch(new RegExp(`server on port ${FIRST_SERVER} stopped \\(SIGKILL\\)`))
})

/** One reader: a page, then every script it names, then its film's data under its build. */
async function read(film: string, section = '') {
  const page = await fetch(`http://127.0.0.1:${PROXY}/films/${film}${section}`)
  const html = await page.text()
  const build = html.includes(MARK) ? B : idOfA
  // The scripts a page loads are named in its app-scripts meta (the boot script loads them).
  const assets = [...new Set(html.match(/\/assets\/[\w.-]+/g))]
  const failed: string[] = []
  if (page.status !== 200) failed.push(`page ${film} ${page.status}`)
  for (const asset of assets) {
    const response = await fetch(`http://127.0.0.1:${PROXY}${asset}`)
    await response.arrayBuffer()
    if (response.status !== 200) failed.push(`${asset} ${response.status} (page of ${build})`)
  }
  const data = await fetch(`http://127.0.0.1:${PROXY}/data/films/${film}.json`, {
    headers: { 'x-build-id': build },
  })
  await data.arrayBuffer()
  const dataBuild = data.headers.get('x-build-id')
  // Data that names another build (200 or 404) is refused by the app, which
  // shows the update notice (a reload then opens one build whole): never a
  // mix, counted apart. Anything else but a 200 of the page's own build is
  // a failure: an error, or data that does not say its build.
  const notice = dataBuild !== null && dataBuild !== build
  if (!notice && (data.status !== 200 || dataBuild !== build)) {
    failed.push(`data ${data.status} of build ${dataBuild} for a page of ${build}`)
  }
  return { build, failed, notice, assets: assets.length }
}

test('a rolling deploy, server by server: no reader gets code or data of two builds', async () => {
  // Films never asked for: each page is rendered by whichever server nginx
  // picks, on either build, so readers meet the cluster half on each.
  const films = readdirSync(join(DIST, 'data', 'films'))
    .filter((name) => name.endsWith('.json'))
    .map((name) => name.replace(/\.json$/, ''))
  const pick = () => films[Math.floor(Math.random() * films.length)] ?? 'mask-1985'
  let rolling = true
  const seen = { pages: 0, assets: 0, A: 0, B: 0, notices: 0, failed: [] as string[] }
  const reader = async () => {
    while (rolling) {
      const result = await read(pick())
      seen.pages += 1
      seen.assets += result.assets
      seen[result.build === B ? 'B' : 'A'] += 1
      if (result.notice) seen.notices += 1
      seen.failed.push(...result.failed)
    }
  }
  const readers = [0, 1, 2, 3].map(reader)
  const started = Date.now()
  for (const index of cluster.serverPorts.keys()) {
    await cluster.replace(index, join(root, 'b'))
    // Readers keep reading between the steps, on a cluster half on each build.
    await new Promise((wait) => setTimeout(wait, 1500))
  }
  const rolled = Date.now() - started
  rolling = false
  await Promise.all(readers)
  // A page kept from build A gives way to B's soon: once it is 10 s old
  // (s-maxage), the next reader starts its refresh in the background.
  await expect
    .poll(async () => (await read('mask-1985')).build, { timeout: 20_000, intervals: [500] })
    .toBe(B)
  const shown = Date.now() - started
  console.log(
    `cluster rolling deploy: ${JSON.stringify({ ...seen, failed: seen.failed.slice(0, 5), rolledMs: rolled, keptPageShowsBAfterMs: shown })}`,
  )
  if (seen.failed.length > 0) {
    const errors = readFileSync(join(nginxDir, 'error.log'), 'utf8').trim().split('\n')
    console.log(`nginx's error log, last lines:\n${errors.slice(-15).join('\n')}`)
  }
  expect(seen.failed).toEqual([])
  expect(seen.A).toBeGreaterThan(0)
  expect(seen.B).toBeGreaterThan(0)
})

test('every server down: what nginx kept is served stale, anything else is a page that says so', async () => {
  const headers = { Accept: 'text/html', 'Accept-Encoding': 'br' }
  await viaProxy('/films/casablanca-1942', headers)
  const kept = await viaProxy('/films/casablanca-1942', headers)
  expect(kept.headers['x-cache-status']).toBe('HIT')
  for (const index of cluster.serverPorts.keys()) await cluster.halt(index)
  expect(cluster.serverPorts.map((_, index) => cluster.running(index))).toEqual([false, false])
  // Once the copy is older than its s-maxage (10 s), nginx would ask a
  // server; none answers, so it sends the copy it has.
  await new Promise((wait) => setTimeout(wait, 11_000))
  const stale = await viaProxy('/films/casablanca-1942', headers)
  expect(stale.status).toBe(200)
  expect(stale.headers['x-cache-status']).toBe('STALE')
  expect(decoded(stale).toString()).toBe(decoded(kept).toString())

  const never = await viaProxy('/films/the-general-1926', headers)
  expect(never.status).toBe(503)
  expect(never.headers['retry-after']).toBe('10')
  expect(never.headers['cache-control']).toBe('no-store')
  expect(never.headers['content-security-policy']).toBe("default-src 'none'")
  expect(decoded(never).toString()).toContain('Film Explorer is briefly unavailable')

  for (const index of cluster.serverPorts.keys()) await cluster.replace(index, resolve('.'))
  expect((await viaProxy('/films/the-general-1926', headers)).status).toBe(200)
})

import { cpSync, existsSync, readFileSync, rmSync, statSync } from 'node:fs'
import type { Server } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import { join, relative } from 'node:path'
import { gzipSync } from 'node:zlib'
import type { Browser, Page } from '@playwright/test'
import MiniSearch from 'minisearch'
import { searchIndex } from '../pipeline/derived/search-index.ts'
import type { SearchManifest } from '../contract/search-schema.ts'
import { createSearchEngine, type SearchEngine } from '../contract/search-engine.ts'
import { SHARD_OPTIONS, type ShardDocument } from '../contract/search-shard.ts'
import { compressDirectory } from '../build/compress.ts'
import { createStaticServer } from '../server/static-server.ts'
import { launchBrowser } from '../tests/browser.ts'
import { median, percentile } from './cast-at-scale.ts'
import {
  buildPagefind,
  folderSize,
  PAGEFIND_VERSION,
  type FolderSize,
  type PagefindBuild,
} from './pagefind.ts'
import { readCatalog, tenTimes, toRecords, type Catalog } from './search-records.ts'

/**
 * The app's search (ADR 11) side by side with Pagefind 1.6 with its defaults,
 * over the same records (issue 17): a first query in a fresh browser context
 * (bytes and time), later keystrokes, which answer comes first on the ranking
 * set, the index's build time, size and files, and the app's index at ten
 * times the catalog.
 */

export const SEARCH_TARGETS = {
  /** A first query's bytes against Pagefind's: each query, and their median. */
  bytesRatio: 0.2,
  /** A first query's time against Pagefind's own (import, init, search): the median over the queries. */
  timeRatio: 0.5,
  keystrokeP95Ms: 50,
}

/** The prototypes' twelve first queries (ADR 11): names, titles, a stopword, a prefix, typos, a year. */
export const FIRST_QUERIES = [
  'cher',
  'moonstruck',
  'casablanca',
  'the',
  'ch',
  'zoe saldana',
  'renee adoree',
  'godfater',
  'lon chaney',
  'star wars',
  'carmen 1915',
  'treasure island',
] as const

/** Fresh contexts per first query and engine; the figure is their median. */
export const FIRST_QUERY_RUNS = 3
/** Tries per run of the app's first query, when its results do not paint. */
const ATTEMPTS = 4

const BOX = 'Search films and people'

interface RankingQuery {
  readonly q: string
  readonly expect: string
}

const RANKING = JSON.parse(
  readFileSync(join(import.meta.dirname, 'search-ranking.json'), 'utf8'),
) as readonly RankingQuery[]

// --- Bytes, counted at the server ------------------------------------------

interface Traffic {
  /** Bytes written to every connection so far: status lines, headers and bodies. */
  bytes(): number
  /** The path of every request answered so far, in order. */
  readonly requests: readonly string[]
  /** Resolves once nothing has been asked or answered for `quietMs`. */
  settle(quietMs?: number): Promise<void>
}

/**
 * Counts what the server sends, on its sockets: every response, whether the
 * page or a worker asked for it. Not the browser's figures: Playwright
 * reports 0 bytes for a Web Worker's script, and Pagefind's search runs in one.
 */
function meterTraffic(server: Server): Traffic {
  const open = new Set<Socket>()
  let closedBytes = 0
  let last = performance.now()
  const requests: string[] = []
  server.on('connection', (socket: Socket) => {
    open.add(socket)
    socket.on('close', () => {
      closedBytes += socket.bytesWritten
      open.delete(socket)
    })
  })
  server.on('request', (req, res) => {
    last = performance.now()
    res.on('finish', () => {
      last = performance.now()
      requests.push(req.url ?? '')
    })
  })
  return {
    bytes: () => [...open].reduce((sum, socket) => sum + socket.bytesWritten, closedBytes),
    requests,
    async settle(quietMs = 300) {
      while (performance.now() - last < quietMs)
        await new Promise((done) => setTimeout(done, quietMs / 4))
    },
  }
}

/** What was sent from a point on: bytes, requests and their paths. */
function sentSince(traffic: Traffic) {
  const bytes = traffic.bytes()
  const from = traffic.requests.length
  return () => {
    const requests = traffic.requests.slice(from)
    return { bytes: traffic.bytes() - bytes, requests: requests.length, paths: requests }
  }
}

async function serve(dir: string, options: Parameters<typeof createStaticServer>[1]) {
  const server = createStaticServer(dir, options)
  const traffic = meterTraffic(server)
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  return { server, traffic, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` }
}

// --- The app in the browser ------------------------------------------------

/**
 * In-page instrumentation, as plain JavaScript (the TypeScript runner's
 * helpers do not exist in the page). benchPainted(query) resolves after the
 * frame that shows the results for `query` has painted: the status line says
 * what was found (not "Searching…", not empty) and the last option is the
 * link to this query's results page. Only a state reached after a change
 * counts, so a space typed after a word is not answered by the word's
 * results still on screen.
 */
const INSTRUMENT = `
  document.addEventListener('keydown', function (event) { window.benchLastKey = event.timeStamp }, true)
  document.addEventListener('focusin', function (event) { window.benchFocus = event.timeStamp }, true)
  function afterPaint(done) {
    requestAnimationFrame(function () {
      var channel = new MessageChannel()
      channel.port1.onmessage = done
      channel.port2.postMessage(null)
    })
  }
  function shows(query) {
    var status = document.querySelector('.site-search__status')
    var text = status ? status.textContent : ''
    if (!text || text === 'Searching…') return false
    var list = document.querySelector('[role="listbox"][aria-label="Search results"]')
    var options = list ? list.querySelectorAll('[role="option"]') : []
    var last = options[options.length - 1]
    return !!last && last.textContent === 'All results for “' + query.trim() + '”'
  }
  window.benchPainted = function (query) {
    return new Promise(function (resolve) {
      var changed = false
      var timer = setTimeout(function () {
        observer.disconnect()
        var options = document.querySelectorAll('[role="option"]')
        var last = options[options.length - 1]
        var box = document.querySelector('[role="combobox"]')
        resolve({ key: NaN, focus: NaN, box: box ? box.value : null, shown: last ? last.textContent : null })
      }, 3000)
      var observer = new MutationObserver(function () {
        if (!shows(query)) { changed = true; return }
        if (!changed) return
        observer.disconnect()
        clearTimeout(timer)
        afterPaint(function () {
          var now = performance.now()
          resolve({ key: now - window.benchLastKey, focus: now - window.benchFocus })
        })
      })
      observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true })
    })
  }
`

interface Painted {
  /** From the key event to the painted results; NaN when they did not paint within 3 s. */
  key: number
  /** From the box's focus (which starts loading the search) to the same frame. */
  focus: number
  /** When they did not: what the box held, and the last option's text (it names the query the list shows). */
  box?: string | null
  shown?: string | null
}

const keyOf = (char: string) => (char === ' ' ? 'Space' : char)

async function openCatalog(browser: Browser, url: string) {
  // A first visit's first search, as the cold-search bench has it: no worker
  // installing (it precaches half a megabyte) while the search is metered.
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    serviceWorkers: 'block',
  })
  const page = await context.newPage()
  await page.addInitScript({ content: INSTRUMENT })
  await page.goto(`${url}/`)
  // The box is plain HTML until the app has taken over the prerendered page.
  await page.locator('html[data-ready]').waitFor({ state: 'attached', timeout: 30_000 })
  await page.waitForLoadState('networkidle')
  // A search field until its list's code is here, which makes it a combobox
  // (site-search.tsx): the box in either state.
  const box = page
    .getByRole('searchbox', { name: BOX })
    .or(page.getByRole('combobox', { name: BOX }))
  return { context, page, box }
}

/** Arms the watch for `query` before the key (a comma expression: evaluate would wait for a returned promise). */
async function press(page: Page, key: string, query: string): Promise<Painted> {
  await page.evaluate(`(window.benchResult = benchPainted(${JSON.stringify(query)}), undefined)`)
  await page.keyboard.press(keyOf(key))
  return (await page.evaluate('window.benchResult')) as Painted
}

/**
 * The catalog loaded and idle, then: focus the box, fill all but the last
 * letter, press it. Time from that key to the painted results; bytes of
 * everything fetched from the focus on (the popup and engine chunks, the
 * manifest, the shards), until the network is quiet.
 */
async function appFirstQuery(browser: Browser, url: string, traffic: Traffic, query: string) {
  const { context, page, box } = await openCatalog(browser, url)
  try {
    const sent = sentSince(traffic)
    await box.focus()
    await box.fill(query.slice(0, -1))
    const painted = await press(page, query.slice(-1), query)
    await traffic.settle()
    const lost = Number.isNaN(painted.key)
      ? `box “${painted.box}”, list ${JSON.stringify(painted.shown)}`
      : null
    return { ms: painted.key, fromFocusMs: painted.focus, lost, ...sent() }
  } finally {
    await context.close()
  }
}

/**
 * One catalog page, the queries typed a key at a time with the box cleared
 * between them: key to painted results for every key after the very first
 * (which loads the engine), shard fetches included where a key needs one.
 */
async function appKeystrokes(browser: Browser, url: string) {
  const { context, page, box } = await openCatalog(browser, url)
  const timings: { prefix: string; ms: number }[] = []
  try {
    await box.focus()
    for (const query of FIRST_QUERIES) {
      await box.fill('')
      for (let length = 1; length <= query.length; length += 1) {
        const prefix = query.slice(0, length)
        timings.push({ prefix, ms: (await press(page, query[length - 1] ?? '', prefix)).key })
      }
    }
  } finally {
    await context.close()
  }
  return timings.slice(1)
}

// --- Pagefind in the browser -----------------------------------------------

const PAGEFIND = '/pagefind/pagefind.js'

/** Pagefind's API alone, no rendering: import, init, the first search. */
const pagefindFirst = (query: string) => `(async () => {
  const started = performance.now()
  const pagefind = await import(${JSON.stringify(PAGEFIND)})
  await pagefind.init()
  const searching = performance.now()
  const response = await pagefind.search(${JSON.stringify(query)})
  const done = performance.now()
  return { ms: done - started, searchMs: done - searching, results: response.results.length }
})()`

async function openBlank(browser: Browser, url: string) {
  const context = await browser.newContext()
  const page = await context.newPage()
  await page.goto(`${url}/`)
  await page.waitForLoadState('networkidle')
  return { context, page }
}

async function pagefindFirstQuery(browser: Browser, url: string, traffic: Traffic, query: string) {
  const { context, page } = await openBlank(browser, url)
  try {
    const sent = sentSince(traffic)
    const result = (await page.evaluate(pagefindFirst(query))) as { ms: number; searchMs: number }
    await traffic.settle()
    return { ms: result.ms, searchMs: result.searchMs, ...sent() }
  } finally {
    await context.close()
  }
}

/** For information: `search()` for each prefix as typed, after the very first (no rendering). */
async function pagefindKeystrokes(browser: Browser, url: string) {
  const { context, page } = await openBlank(browser, url)
  try {
    const timings = (await page.evaluate(`(async (queries) => {
      const pagefind = await import(${JSON.stringify(PAGEFIND)})
      await pagefind.init()
      const timings = []
      for (const query of queries)
        for (let length = 1; length <= query.length; length += 1) {
          const started = performance.now()
          await pagefind.search(query.slice(0, length))
          timings.push(performance.now() - started)
        }
      return timings
    })(${JSON.stringify(FIRST_QUERIES)})`)) as number[]
    return timings.slice(1)
  } finally {
    await context.close()
  }
}

/** The first result's id for each ranking query (`/films/<id>`, `/people/<id>`). */
async function pagefindFirsts(browser: Browser, url: string) {
  const { context, page } = await openBlank(browser, url)
  try {
    return (await page.evaluate(`(async (queries) => {
      const pagefind = await import(${JSON.stringify(PAGEFIND)})
      await pagefind.init()
      const firsts = []
      for (const query of queries) {
        const { results } = await pagefind.search(query)
        const first = results[0] ? await results[0].data() : null
        firsts.push(first ? first.url.replace(/^\\/(films|people)\\//, '') : null)
      }
      return firsts
    })(${JSON.stringify(RANKING.map((r) => r.q))})`)) as (string | null)[]
  } finally {
    await context.close()
  }
}

// --- The app's index, out of the browser -----------------------------------

export interface IndexFigures {
  /** `searchIndex()` alone, in this process. */
  seconds: number
  records: number
  /** The manifest and the shards. */
  files: number
  shards: number
  rawBytes: number
  /** Each file at gzip -9, summed. */
  gzipBytes: number
  largestShardGzipBytes: number
  /** The manifest a first query fetches: it lists every shard, so it grows with the catalog. */
  manifestGzipBytes: number
  version: string
}

interface BuiltIndex {
  figures: IndexFigures
  manifest: SearchManifest
  manifestGzipBytes: number
  /** Each shard's JSON and its gzip -9 size, by key. */
  shards: Map<string, { text: string; gzipBytes: number }>
}

/** A median in which a run that never painted (NaN) counts as the slowest. */
const middle = (values: readonly number[]) =>
  median(values.map((value) => (Number.isNaN(value) ? Infinity : value)))

const gzipBytes = (text: string | Buffer) => gzipSync(text, { level: 9 }).length

function buildAppIndex(catalog: Catalog): BuiltIndex {
  const started = performance.now()
  const index = searchIndex(catalog.films, catalog.people)
  const seconds = (performance.now() - started) / 1000
  const shards = new Map<string, { text: string; gzipBytes: number }>()
  let rawBytes = 0
  let gzipTotal = 0
  let manifestGzipBytes = 0
  for (const [path, text] of index.files) {
    const gzip = gzipBytes(text)
    rawBytes += Buffer.byteLength(text)
    gzipTotal += gzip
    if (path.endsWith('manifest.json')) manifestGzipBytes = gzip
    else shards.set(path.replace(/^.*[/\\]/, '').replace(/\.json$/, ''), { text, gzipBytes: gzip })
  }
  return {
    manifest: index.manifest,
    manifestGzipBytes,
    shards,
    figures: {
      seconds,
      records: index.manifest.records,
      files: index.files.length,
      shards: index.shards,
      rawBytes,
      gzipBytes: gzipTotal,
      largestShardGzipBytes: Math.max(...[...shards.values()].map((shard) => shard.gzipBytes)),
      manifestGzipBytes,
      version: index.manifest.version,
    },
  }
}

/** The browser's engine over shards at hand; `loaded` collects the keys it asks for. */
function engineOver(
  manifest: SearchManifest,
  text: (key: string) => string | undefined,
  loaded?: string[],
): SearchEngine {
  return createSearchEngine(manifest, async (key) => {
    loaded?.push(key)
    const json = text(key)
    return json === undefined ? null : MiniSearch.loadJSON<ShardDocument>(json, SHARD_OPTIONS)
  })
}

/** The shards a first query loads, as src/features/search/api/search-run.ts asks for them. */
async function shardsOf(manifest: SearchManifest, built: BuiltIndex, query: string) {
  const loaded: string[] = []
  const engine = engineOver(manifest, (key) => built.shards.get(key)?.text, loaded)
  await Promise.all([engine.search(query, 400), engine.twoPeople(query)])
  return [...new Set(loaded)].filter((key) => built.shards.has(key))
}

async function quality(engine: SearchEngine) {
  const misses: { q: string; expect: string; first: string | null }[] = []
  for (const { q, expect } of RANKING) {
    const first = (await engine.search(q, 10))[0]?.id ?? null
    if (first !== expect) misses.push({ q, expect, first })
  }
  return { hits: RANKING.length - misses.length, total: RANKING.length, misses }
}

// --- The section -----------------------------------------------------------

export interface SearchFigures {
  pagefindVersion: string
  records: { films: number; people: number }
  runs: number
  targets: typeof SEARCH_TARGETS
  firstQueries: {
    query: string
    app: {
      /** Runs whose results never painted (taken again): what the box and the list showed. */
      unpainted: string[]
      tries: number
      bytes: number
      requests: number
      ms: number
      fromFocusMs: number
      runsMs: number[]
    }
    pagefind: { bytes: number; requests: number; ms: number; searchMs: number; runsMs: number[] }
    bytesRatio: number
    timeRatio: number
  }[]
  /** The paths the app's first "cher" fetched, and Pagefind's. */
  firstQueryPaths: { app: string[]; pagefind: string[] }
  medians: {
    appBytes: number
    pagefindBytes: number
    bytesRatio: number
    appMs: number
    pagefindMs: number
    timeRatio: number
  }
  keystrokes: {
    count: number
    unpainted: number
    p50Ms: number
    p95Ms: number
    maxMs: number
    slowest: string[]
    pagefindSearchP50Ms: number
    pagefindSearchP95Ms: number
  }
  quality: {
    app: {
      hits: number
      total: number
      misses: { q: string; expect: string; first: string | null }[]
    }
    pagefind: {
      hits: number
      total: number
      misses: { q: string; expect: string; first: string | null }[]
      /** Pagefind's first result for every query of the set, recorded to compare with. */
      answers: { q: string; first: string | null }[]
    }
  }
  app: IndexFigures & {
    /** What dist/data/search holds (the build's, with its .br and .gz copies). */
    dist: FolderSize & { shards: number; version: string; sameAsBuilt: boolean }
    /** The JS a first query loads (the popup and engine chunks), each at gzip -9. */
    chunks: { paths: string[]; gzipBytes: number }
    /** Pagefind's: pagefind.js and its worker at gzip -9, and its wasm (gzip already). */
    pagefindCodeGzipBytes: number
    /** A first "cher" worked out from the files: chunks, manifest and shards at gzip -9. */
    cherGzipBytes: number
  }
  pagefind: PagefindBuild
  tenTimes: IndexFigures & {
    films: number
    people: number
    cherShards: string[]
    cherGzipBytes: number
    /** The largest first query of the twelve, worked out the same way. */
    largestFirstQuery: { query: string; gzipBytes: number }
    quality: {
      hits: number
      total: number
      misses: { q: string; expect: string; first: string | null }[]
    }
  }
  seconds: number
}

const STAMP = join('dist-server', 'build-stamp.json')

/**
 * When the build in dist/ finished (its last step writes the stamp after the
 * search index), or null when dist/ holds no finished build.
 */
export function finishedBuildAt(root: string): number | null {
  const manifest = join(root, 'dist', 'data', 'search', 'manifest.json')
  const stamp = join(root, STAMP)
  if (!existsSync(manifest) || !existsSync(stamp) || !existsSync(join(root, 'dist', 'index.html')))
    return null
  const at = statSync(stamp).mtimeMs
  return at >= statSync(manifest).mtimeMs ? at : null
}

/** Not served to the search: the other pages and the data files (read once, up front). */
const NOT_SERVED = new Set([
  'catalog',
  'films',
  'data/catalog',
  'data/films',
  'data/people',
  'data/reports',
])

/**
 * The data files the front page names as its own (`<meta name="page-data">`,
 * server/page-html.ts): the page carries them, but asks for them again, as
 * any reader's browser may (the worker's first install fetches them, and
 * the catalog's data layout decides their paths, contract/data-files.ts).
 */
function pageDataFiles(dist: string): string[] {
  const html = readFileSync(join(dist, 'index.html'), 'utf8')
  const content = /<meta name="page-data" content="([^"]*)"/.exec(html)?.[1] ?? ''
  return content.split(' ').filter(Boolean)
}

/**
 * What the catalog page and its search load, copied out of dist/: a build
 * started meanwhile (`npm test` runs one) would empty dist/ under the browser.
 * The data folders stay out (hundreds of megabytes), all but the page's own
 * files, with their compressed copies: without them the page's requests
 * answered 404.
 */
function snapshot(dist: string, to: string) {
  rmSync(to, { recursive: true, force: true })
  cpSync(dist, to, {
    recursive: true,
    filter: (source) => !NOT_SERVED.has(relative(dist, source).split('\\').join('/')),
  })
  for (const path of pageDataFiles(dist))
    for (const suffix of ['', '.br', '.gz']) {
      const file = join(dist, `${path}${suffix}`)
      if (existsSync(file)) cpSync(file, join(to, `${path}${suffix}`))
    }
}

let sectionStarted = performance.now()
function step(message: string) {
  const seconds = (performance.now() - sectionStarted) / 1000
  console.log(`bench: search: ${message} [${seconds.toFixed(0)} s]`)
}

/** The twelve queries' first-query bytes worked out from the files, at gzip -9. */
async function offlineFirstQueries(built: BuiltIndex, chunkBytes: number) {
  const out: { query: string; shards: string[]; gzipBytes: number }[] = []
  for (const query of FIRST_QUERIES) {
    const shards = await shardsOf(built.manifest, built, query)
    const bytes = shards.reduce((sum, key) => sum + (built.shards.get(key)?.gzipBytes ?? 0), 0)
    out.push({ query, shards, gzipBytes: chunkBytes + built.manifestGzipBytes + bytes })
  }
  return out
}

/**
 * Measures the section over the built app in `dist` (run `npm run build`
 * first); Pagefind's index goes to `<out>/pagefind/`.
 */
export async function measureSearch(root: string, out: string): Promise<SearchFigures> {
  const started = performance.now()
  sectionStarted = started
  const builtAt = finishedBuildAt(root)
  if (builtAt === null) throw new Error('dist/ holds no finished build: run npm run build first')
  step('reading the catalog from dist/data, and copying what the page serves')
  const catalog = readCatalog(join(root, 'dist', 'data'))
  const dist = join(out, 'search-app')
  snapshot(join(root, 'dist'), dist)
  if (finishedBuildAt(root) !== builtAt)
    throw new Error('dist/ was rebuilt while the bench read it: run the bench again')

  step(`the app's index (searchIndex) over ${catalog.films.length + catalog.people.length} records`)
  const built = buildAppIndex(catalog)
  const distSearch = join(dist, 'data', 'search')
  const distManifest = JSON.parse(
    readFileSync(join(distSearch, 'manifest.json'), 'utf8'),
  ) as SearchManifest
  const distShards = folderSize(join(distSearch, distManifest.version), (name) =>
    name.endsWith('.json'),
  ).files

  step(`Pagefind ${PAGEFIND_VERSION} with its defaults over the same records`)
  const site = join(out, 'pagefind')
  const pagefindBuild = await buildPagefind(toRecords(catalog), site)
  // Served as the app is: the text files precompressed (Pagefind's own are gzip already).
  await compressDirectory(site)

  const app = await serve(dist, { fallback: 'shell.html' })
  // Pagefind needs 'wasm-unsafe-eval', which the app's policy does not allow.
  const baseline = await serve(site, { fallback: 'index.html', securityHeaders: false })
  const browser = await launchBrowser()
  try {
    step(`first queries, ${FIRST_QUERY_RUNS} fresh contexts each, the app's and Pagefind's in turn`)
    const firstQueries: SearchFigures['firstQueries'] = []
    const firstQueryPaths = { app: [] as string[], pagefind: [] as string[] }
    for (const query of FIRST_QUERIES) {
      const appRuns = []
      const pagefindRuns = []
      const lost: string[] = []
      let tries = 0
      for (let run = 0; run < FIRST_QUERY_RUNS; run += 1) {
        // A run whose results never painted is counted (a target missed) and
        // taken again, so the figures are of runs that did.
        let appRun = await appFirstQuery(browser, app.url, app.traffic, query)
        tries += 1
        for (let attempt = 1; appRun.lost !== null && attempt < ATTEMPTS; attempt += 1) {
          lost.push(appRun.lost)
          appRun = await appFirstQuery(browser, app.url, app.traffic, query)
          tries += 1
        }
        if (appRun.lost !== null) lost.push(appRun.lost)
        appRuns.push(appRun)
        pagefindRuns.push(await pagefindFirstQuery(browser, baseline.url, baseline.traffic, query))
      }
      if (query === 'cher') {
        firstQueryPaths.app = appRuns[0]?.paths ?? []
        firstQueryPaths.pagefind = pagefindRuns[0]?.paths ?? []
      }
      const appFigure = {
        unpainted: lost,
        tries,
        bytes: middle(appRuns.map((r) => r.bytes)),
        requests: middle(appRuns.map((r) => r.requests)),
        ms: middle(appRuns.map((r) => r.ms)),
        fromFocusMs: middle(appRuns.map((r) => r.fromFocusMs)),
        runsMs: appRuns.map((r) => r.ms),
      }
      const pagefindFigure = {
        bytes: middle(pagefindRuns.map((r) => r.bytes)),
        requests: middle(pagefindRuns.map((r) => r.requests)),
        ms: middle(pagefindRuns.map((r) => r.ms)),
        searchMs: middle(pagefindRuns.map((r) => r.searchMs)),
        runsMs: pagefindRuns.map((r) => r.ms),
      }
      firstQueries.push({
        query,
        app: appFigure,
        pagefind: pagefindFigure,
        bytesRatio: appFigure.bytes / pagefindFigure.bytes,
        timeRatio: appFigure.ms / pagefindFigure.ms,
      })
      step(
        `"${query}": app ${appFigure.bytes} B ${appFigure.ms.toFixed(1)} ms, Pagefind ${pagefindFigure.bytes} B ${pagefindFigure.ms.toFixed(1)} ms`,
      )
    }

    step('later keystrokes, and the ranking set on Pagefind')
    const keys = await appKeystrokes(browser, app.url)
    const pagefindKeys = await pagefindKeystrokes(browser, baseline.url)
    const pagefindFirst = await pagefindFirsts(browser, baseline.url)
    await browser.close()

    step("the ranking set on the app's engine (the browser's code, over dist/data/search)")
    const shardDir = join(distSearch, distManifest.version)
    const distEngine = engineOver(distManifest, (key) => {
      const path = join(shardDir, `${key}.json`)
      return existsSync(path) ? readFileSync(path, 'utf8') : undefined
    })
    const appQuality = await quality(distEngine)
    const pagefindMisses = RANKING.flatMap((r, n) =>
      pagefindFirst[n] === r.expect
        ? []
        : [{ q: r.q, expect: r.expect, first: pagefindFirst[n] ?? null }],
    )

    // The chunks a first query loads, as files: the same at any catalog size.
    const chunkPaths = firstQueryPaths.app.filter((path) => /^\/assets\/.*\.(js|css)$/.test(path))
    const chunkBytes = chunkPaths.reduce(
      (sum, path) => sum + gzipBytes(readFileSync(join(dist, path))),
      0,
    )
    const cherAt1x = (await offlineFirstQueries(built, chunkBytes))[0]

    step('ten times the catalog: generating it')
    const big = tenTimes(catalog)
    step(`ten times the catalog: searchIndex over ${big.films.length + big.people.length} records`)
    const bigBuilt = buildAppIndex(big)
    const bigFirst = await offlineFirstQueries(bigBuilt, chunkBytes)
    const bigCher = bigFirst[0]
    const largest = bigFirst.reduce((a, b) => (b.gzipBytes > a.gzipBytes ? b : a))
    const bigQuality = await quality(
      engineOver(bigBuilt.manifest, (key) => bigBuilt.shards.get(key)?.text),
    )

    const over = (pick: (row: (typeof firstQueries)[number]) => number) =>
      middle(firstQueries.map(pick))
    const medians = {
      appBytes: over((r) => r.app.bytes),
      pagefindBytes: over((r) => r.pagefind.bytes),
      bytesRatio: over((r) => r.bytesRatio),
      appMs: over((r) => r.app.ms),
      pagefindMs: over((r) => r.pagefind.ms),
      timeRatio: over((r) => r.timeRatio),
    }
    // A key whose results never painted (in 15 s) counts as the slowest.
    const keyMs = keys.map((k) => (Number.isNaN(k.ms) ? Infinity : k.ms))
    return {
      pagefindVersion: PAGEFIND_VERSION,
      records: { films: catalog.films.length, people: catalog.people.length },
      runs: FIRST_QUERY_RUNS,
      targets: SEARCH_TARGETS,
      firstQueries,
      firstQueryPaths,
      medians,
      keystrokes: {
        count: keys.length,
        unpainted: keys.filter((k) => Number.isNaN(k.ms)).length,
        p50Ms: percentile(keyMs, 50),
        p95Ms: percentile(keyMs, 95),
        maxMs: Math.max(...keyMs),
        slowest: [...keys]
          .sort((a, b) => b.ms - a.ms)
          .slice(0, 5)
          .map((k) => `"${k.prefix}" ${k.ms.toFixed(1)} ms`),
        pagefindSearchP50Ms: percentile(pagefindKeys, 50),
        pagefindSearchP95Ms: percentile(pagefindKeys, 95),
      },
      quality: {
        app: appQuality,
        pagefind: {
          hits: RANKING.length - pagefindMisses.length,
          total: RANKING.length,
          misses: pagefindMisses,
          answers: RANKING.map((r, n) => ({ q: r.q, first: pagefindFirst[n] ?? null })),
        },
      },
      app: {
        ...built.figures,
        dist: {
          ...folderSize(distSearch),
          shards: distShards,
          version: distManifest.version,
          sameAsBuilt: distManifest.version === built.figures.version,
        },
        chunks: { paths: chunkPaths, gzipBytes: chunkBytes },
        pagefindCodeGzipBytes: ['pagefind.js', 'pagefind-worker.js', 'wasm.en.pagefind']
          .map((name) => readFileSync(join(site, 'pagefind', name)))
          .reduce((sum, file, n) => sum + (n < 2 ? gzipBytes(file) : file.length), 0),
        cherGzipBytes: cherAt1x?.gzipBytes ?? NaN,
      },
      pagefind: pagefindBuild,
      tenTimes: {
        ...bigBuilt.figures,
        films: big.films.length,
        people: big.people.length,
        cherShards: bigCher?.shards ?? [],
        cherGzipBytes: bigCher?.gzipBytes ?? NaN,
        largestFirstQuery: { query: largest.query, gzipBytes: largest.gzipBytes },
        quality: bigQuality,
      },
      seconds: (performance.now() - started) / 1000,
    }
  } finally {
    await browser.close()
    app.server.close()
    baseline.server.close()
  }
}

// --- The table ---------------------------------------------------------------

const fmt = (value: number, digits = 0) =>
  Number.isFinite(value)
    ? value.toLocaleString('en-US', {
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
      })
    : 'n/a'
const mark = (ok: boolean) => (ok ? '✓' : '✗')
const kb = (bytes: number) => `${fmt(bytes / 1000, 1)} kB`
const mb = (bytes: number) => `${fmt(bytes / 1e6, 1)} MB`
const share = (q: { hits: number; total: number }) =>
  `${q.hits} / ${q.total} (${fmt((100 * q.hits) / q.total)}%)`

export function searchTable(f: SearchFigures): string {
  const t = f.targets
  const big = f.tenTimes
  const lostTries = f.firstQueries.reduce((sum, r) => sum + r.app.unpainted.length, 0)
  return [
    `| First query, fresh browser context (median of ${f.runs}) | App: bytes | Pagefind: bytes | App ÷ Pagefind (≤ ${t.bytesRatio}) | App: key to painted (from focus) | Pagefind: import, init, search | App ÷ Pagefind (≤ ${t.timeRatio} at the median) |`,
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...f.firstQueries.map(
      (r) =>
        `| "${r.query}" | ${fmt(r.app.bytes)} (${r.app.requests} req.) | ${fmt(r.pagefind.bytes)} (${r.pagefind.requests} req.) | ${fmt(r.bytesRatio, 3)} ${mark(r.bytesRatio <= t.bytesRatio)} | ${fmt(r.app.ms, 1)} ms (${fmt(r.app.fromFocusMs, 1)}) | ${fmt(r.pagefind.ms, 1)} ms | ${fmt(r.timeRatio, 2)} ${mark(r.timeRatio <= t.timeRatio)} |`,
    ),
    `| **median of the ${f.firstQueries.length} queries** | ${fmt(f.medians.appBytes)} | ${fmt(f.medians.pagefindBytes)} | ${fmt(f.medians.bytesRatio, 3)} ${mark(f.medians.bytesRatio <= t.bytesRatio)} | ${fmt(f.medians.appMs, 1)} ms | ${fmt(f.medians.pagefindMs, 1)} ms | ${fmt(f.medians.timeRatio, 2)} ${mark(f.medians.timeRatio <= t.timeRatio)} |`,
    '',
    `| Search, side by side | App (MiniSearch shards, ADR 11) | Pagefind ${f.pagefindVersion}, defaults | Target |`,
    '| --- | ---: | ---: | --- |',
    `| first queries whose typed query's results never painted (taken again) | ${lostTries} of ${f.firstQueries.reduce((sum, r) => sum + r.app.tries, 0)} tries | | none ${mark(lostTries === 0)} |`,
    `| later keystrokes, key to painted results, p50 / p95 (${f.keystrokes.count} keys) | ${fmt(f.keystrokes.p50Ms, 1)} / ${fmt(f.keystrokes.p95Ms, 1)} ms | ${fmt(f.keystrokes.pagefindSearchP50Ms, 1)} / ${fmt(f.keystrokes.pagefindSearchP95Ms, 1)} ms (\`search()\` alone) | app p95 ≤ ${t.keystrokeP95Ms} ms ${mark(f.keystrokes.p95Ms <= t.keystrokeP95Ms)} |`,
    `| expected answer first (ranking set) | ${share(f.quality.app)} | ${share(f.quality.pagefind)} | app higher ${mark(f.quality.app.hits > f.quality.pagefind.hits)} |`,
    `| build time (${fmt(f.records.films + f.records.people)} records) | ${fmt(f.app.seconds, 1)} s (\`searchIndex()\`) | ${fmt(f.pagefind.seconds, 1)} s (createIndex to writeFiles) | |`,
    `| size | ${mb(f.app.rawBytes)} raw, ${mb(f.app.gzipBytes)} gzip -9 | ${mb(f.pagefind.bytes)} (${mb(f.pagefind.diskBytes)} on disk) | |`,
    `| files | ${fmt(f.app.files)} (${fmt(f.app.shards)} shards and the manifest; ${fmt(f.app.dist.files)} in dist with .br and .gz, ${mb(f.app.dist.diskBytes)} on disk) | ${fmt(f.pagefind.files)} | |`,
    `| code a first query loads, gzip -9 | ${kb(f.app.chunks.gzipBytes)} (${f.app.chunks.paths.length} JS chunks) | ${kb(f.app.pagefindCodeGzipBytes)} (pagefind.js, its worker, its wasm) | |`,
    `| a first "cher" worked out from the files (the chunks, the manifest at ${kb(f.app.manifestGzipBytes)}, its shard; gzip -9) | ${kb(f.app.cherGzipBytes)} | | |`,
    `| **ten times the catalog** (${fmt(big.films)} films, ${fmt(big.people)} people): build time | ${fmt(big.seconds, 1)} s | not built | |`,
    `| ten times: size | ${mb(big.rawBytes)} raw, ${mb(big.gzipBytes)} gzip -9 | | |`,
    `| ten times: files | ${fmt(big.files)} (largest shard ${kb(big.largestShardGzipBytes)} gzip) | | |`,
    `| ten times: a first "cher" (the chunks, the manifest at ${kb(big.manifestGzipBytes)}, shard ${big.cherShards.join(', ')}; gzip -9) | ${kb(big.cherGzipBytes)} | | |`,
    `| ten times: the largest first query of the twelve ("${big.largestFirstQuery.query}") | ${kb(big.largestFirstQuery.gzipBytes)} | | |`,
    `| ten times: expected answer first | ${share(big.quality)} | | |`,
  ].join('\n')
}

/** The targets missed, in words; empty when every one is met. */
export function missedSearchTargets(f: SearchFigures): string[] {
  const t = f.targets
  return [
    ...f.firstQueries
      .filter((r) => r.app.unpainted.length)
      .map(
        (r) =>
          `search "${r.query}": the typed query's results never painted in ${r.app.unpainted.length} tries (${r.app.unpainted.join('; ')})`,
      ),
    ...f.firstQueries
      .filter((r) => !(r.bytesRatio <= t.bytesRatio))
      .map((r) => `search "${r.query}": ${fmt(r.bytesRatio, 3)}× Pagefind's bytes`),
    ...(f.medians.bytesRatio <= t.bytesRatio
      ? []
      : [`search: median ${fmt(f.medians.bytesRatio, 3)}× Pagefind's bytes`]),
    ...(f.medians.timeRatio <= t.timeRatio
      ? []
      : [`search: median ${fmt(f.medians.timeRatio, 2)}× Pagefind's time`]),
    ...(f.keystrokes.p95Ms <= t.keystrokeP95Ms
      ? []
      : [`search: keystroke p95 ${fmt(f.keystrokes.p95Ms, 1)} ms`]),
    ...(f.keystrokes.unpainted
      ? [`search: ${f.keystrokes.unpainted} keys never painted their results`]
      : []),
    ...(f.quality.app.hits > f.quality.pagefind.hits
      ? []
      : [
          `search: ${f.quality.app.hits} right first against Pagefind's ${f.quality.pagefind.hits}`,
        ]),
  ]
}

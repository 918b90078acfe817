import { existsSync } from 'node:fs'
import type { Server } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import { join } from 'node:path'
import type { Browser, BrowserContext, Page } from '@playwright/test'
import { compressDirectory } from '../build/compress.ts'
import { loadPageFactory } from '../server/page-factory.ts'
import { createPageRenderer } from '../server/page-renderer.ts'
import { renderedPages } from '../server/rendered-pages.ts'
import { appShell, createStaticServer, staticFiles } from '../server/static-server.ts'
import { median } from './cast-at-scale.ts'
import { buildPagefind } from './pagefind.ts'
import { readCatalog, toRecords } from './search-records.ts'

/**
 * A cold first search on a phone (issue 30): Lighthouse's slow 4G and its
 * CPU four times slower, applied to Chromium through the DevTools protocol,
 * for one-word and two-word queries; the app's and Pagefind's side by side.
 *
 * - from the header box's focus on a loaded page (the connection warm, no
 *   service worker: a first visit's first search) to the painted results;
 * - a fresh load of `/search?q=…` (a cold connection), rendered by the
 *   server with its results, to the first painted result;
 * - Pagefind, on a blank page loaded the same way: import, init, search.
 *
 * Time depends on the machine's load; what does not is counted too: the
 * requests, the bytes the server sent, and the waves, the requests that had
 * to wait for an earlier answer (bench/cold-search.ts `waves`).
 */

/**
 * Lighthouse's mobile slow 4G as its simulation has it
 * (node_modules/@paulirish/trace_engine/models/trace/lantern/simulation/Constants.js,
 * `mobileSlow4G`): a 150 ms round trip, 1.6 Mbps down (1.6 × 1024 kbps),
 * 750 kbps up; the CPU four times slower.
 */
export const SLOW_4G = {
  latency: 150,
  downloadThroughput: (1.6 * 1024 * 1024) / 8,
  uploadThroughput: (750 * 1024) / 8,
  cpuSlowdown: 4,
}

export const COLD_QUERIES = ['casablanca', 'cher', 'star wars', 'humphrey bogart'] as const

export const COLD_SEARCH_TARGETS = {
  /** The app's time against Pagefind's, from the box's focus: each query. */
  timeRatio: 0.25,
  /** The bytes of a query typed a key at a time from the focus against Pagefind's first query's: each query. */
  typedBytesRatio: 0.2,
}

/**
 * A reader's pace for the typed runs: a key every 150 ms, about 70 words a
 * minute, a quick typist on a phone. Keys typed while the search loads, or
 * while a shard is on its way, are where prefix shards can be wasted.
 */
export const KEY_INTERVAL_MS = 150

// --- Requests, seen at the server -------------------------------------------

interface Exchange {
  readonly path: string
  /** When the request reached the server, and when its answer was written (ms, this process). */
  readonly arrived: number
  finished: number
}

interface Meter {
  bytes(): number
  readonly exchanges: readonly Exchange[]
  settle(quietMs?: number): Promise<void>
}

function meter(server: Server): Meter {
  const open = new Set<Socket>()
  let closedBytes = 0
  let last = performance.now()
  const exchanges: Exchange[] = []
  server.on('connection', (socket: Socket) => {
    open.add(socket)
    socket.on('close', () => {
      closedBytes += socket.bytesWritten
      open.delete(socket)
    })
  })
  server.on('request', (req, res) => {
    last = performance.now()
    const exchange: Exchange = { path: req.url ?? '', arrived: last, finished: Infinity }
    exchanges.push(exchange)
    res.on('finish', () => {
      last = performance.now()
      exchange.finished = last
    })
  })
  return {
    bytes: () => [...open].reduce((sum, socket) => sum + socket.bytesWritten, closedBytes),
    exchanges,
    async settle(quietMs = 600) {
      while (performance.now() - last < quietMs)
        await new Promise((done) => setTimeout(done, quietMs / 4))
    },
  }
}

/**
 * The longest chain of requests each sent after the one before it was
 * answered: the round trips one after another. The network adds its 150 ms
 * to every answer in the browser, so a request that waited for an answer
 * reaches the server at least that long after the answer left it; requests
 * sent together arrive within a few milliseconds of each other.
 */
export function waves(exchanges: readonly Pick<Exchange, 'arrived' | 'finished'>[]): number {
  const slack = SLOW_4G.latency / 2
  const sorted = [...exchanges].sort((a, b) => a.arrived - b.arrived)
  const depth: number[] = []
  sorted.forEach((exchange, n) => {
    let before = 0
    for (let k = 0; k < n; k += 1) {
      const earlier = sorted[k]
      if (earlier && earlier.finished + slack <= exchange.arrived)
        before = Math.max(before, depth[k] ?? 0)
    }
    depth.push(before + 1)
  })
  return Math.max(0, ...depth)
}

function since(traffic: Meter) {
  const bytes = traffic.bytes()
  const from = traffic.exchanges.length
  const started = performance.now()
  const at = (ms: number) => Math.round(ms - started)
  return () => {
    const exchanges = traffic.exchanges.slice(from)
    return {
      bytes: traffic.bytes() - bytes,
      requests: exchanges.length,
      waves: waves(exchanges),
      paths: exchanges.map(
        (exchange) => `${exchange.path} (${at(exchange.arrived)}–${at(exchange.finished)} ms)`,
      ),
    }
  }
}

async function serve(
  dir: string,
  options: Parameters<typeof createStaticServer>[1],
  steps?: Parameters<typeof createStaticServer>[2],
) {
  const server = createStaticServer(dir, options, steps)
  const traffic = meter(server)
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  return { server, traffic, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` }
}

// --- The browser --------------------------------------------------------------

/** The phone: slow 4G and a CPU four times slower, from now on. */
async function throttle(context: BrowserContext, page: Page) {
  const cdp = await context.newCDPSession(page)
  await cdp.send('Network.enable')
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: SLOW_4G.latency,
    downloadThroughput: SLOW_4G.downloadThroughput,
    uploadThroughput: SLOW_4G.uploadThroughput,
  })
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: SLOW_4G.cpuSlowdown })
}

/**
 * In the page, as plain JavaScript: benchPainted(query, where) resolves with
 * the time (performance.now()) of the frame after the one that first shows
 * a result for `query`, in the header's list or on the results page, and
 * the time of the box's focus.
 */
const INSTRUMENT = `
  document.addEventListener('focusin', function (event) { window.benchFocus = event.timeStamp }, true)
  function shows(query, where) {
    if (where === 'page')
      return !!document.querySelector('[data-results-for="' + CSS.escape(query) + '"] .search-page__list li')
    var status = document.querySelector('.site-search__status')
    var text = status ? status.textContent : ''
    if (!text || text === 'Searching…') return false
    var options = document.querySelectorAll('[role="listbox"][aria-label="Search results"] [role="option"]')
    var last = options[options.length - 1]
    return options.length > 1 && last.textContent === 'All results for “' + query.trim() + '”'
  }
  window.benchPainted = function (query, where) {
    return new Promise(function (resolve) {
      function done() {
        observer.disconnect()
        requestAnimationFrame(function () {
          var channel = new MessageChannel()
          channel.port1.onmessage = function () { resolve({ at: performance.now(), focus: window.benchFocus }) }
          channel.port2.postMessage(null)
        })
      }
      var observer = new MutationObserver(function () { if (shows(query, where)) done() })
      var start = function () {
        if (shows(query, where)) return done()
        observer.observe(document.documentElement, { subtree: true, childList: true, characterData: true, attributes: true })
      }
      if (document.documentElement) start()
      else document.addEventListener('DOMContentLoaded', start)
      setTimeout(function () { observer.disconnect(); resolve({ at: NaN, focus: NaN }) }, 30000)
    })
  }
`

interface Run {
  ms: number
  bytes: number
  requests: number
  waves: number
  paths: string[]
}

/**
 * The catalog loaded on a fast network, then the phone: focus the box, the
 * query in it at once; or, with `keyInterval`, typed a key at a time at that
 * pace, every prefix's query included, to the painted results for the whole.
 */
async function fromFocus(
  browser: Browser,
  url: string,
  traffic: Meter,
  query: string,
  keyInterval?: number,
) {
  const context = await browser.newContext({ serviceWorkers: 'block' })
  try {
    const page = await context.newPage()
    await page.addInitScript({ content: INSTRUMENT })
    await page.goto(`${url}/`)
    await page.locator('html[data-ready]').waitFor({ state: 'attached', timeout: 30_000 })
    await page.waitForLoadState('networkidle')
    await throttle(context, page)
    await traffic.settle(300)
    const sent = since(traffic)
    await page.evaluate(
      `(window.benchResult = benchPainted(${JSON.stringify(query)}, 'list'), undefined)`,
    )
    // By its id: the box becomes a combobox as the list's code arrives.
    const box = page.locator('#site-search')
    await box.focus()
    if (keyInterval === undefined) await box.fill(query)
    else await box.pressSequentially(query, { delay: keyInterval })
    const painted = (await page.evaluate('window.benchResult')) as { at: number; focus: number }
    await traffic.settle()
    return { ms: painted.at - painted.focus, ...sent() }
  } finally {
    await context.close()
  }
}

/** A fresh load of the results page on the phone: navigation to the first painted result. */
async function freshResultsPage(browser: Browser, url: string, traffic: Meter, query: string) {
  const context = await browser.newContext({ serviceWorkers: 'block' })
  try {
    const page = await context.newPage()
    await page.addInitScript({
      content: `${INSTRUMENT}; window.benchResult = benchPainted(${JSON.stringify(query)}, 'page')`,
    })
    await throttle(context, page)
    const sent = since(traffic)
    await page.goto(`${url}/search?q=${encodeURIComponent(query)}`, { waitUntil: 'commit' })
    const painted = (await page.evaluate('window.benchResult')) as { at: number }
    await traffic.settle()
    return { ms: painted.at, ...sent() }
  } finally {
    await context.close()
  }
}

/** Pagefind's API on the phone, on a blank page loaded first: import, init, the first search. */
async function pagefindFirst(browser: Browser, url: string, traffic: Meter, query: string) {
  const context = await browser.newContext({ serviceWorkers: 'block' })
  try {
    const page = await context.newPage()
    await page.goto(`${url}/`)
    await page.waitForLoadState('networkidle')
    await throttle(context, page)
    await traffic.settle(300)
    const sent = since(traffic)
    const ms = (await page.evaluate(`(async () => {
      const started = performance.now()
      const pagefind = await import('/pagefind/pagefind.js')
      await pagefind.init()
      const response = await pagefind.search(${JSON.stringify(query)})
      if (!response.results.length) return NaN
      await response.results[0].data()
      return performance.now() - started
    })()`)) as number
    await traffic.settle()
    return { ms, ...sent() }
  } finally {
    await context.close()
  }
}

// --- The section --------------------------------------------------------------

export interface ColdFigure {
  ms: number
  runsMs: number[]
  bytes: number
  requests: number
  waves: number
  /** The paths of the first run, as they reached the server, with when (ms from the start, at the server). */
  paths: string[]
}

export interface ColdSearchFigures {
  network: typeof SLOW_4G
  runs: number
  targets: typeof COLD_SEARCH_TARGETS
  queries: {
    query: string
    focus: ColdFigure
    /** The query typed a key at a time from the focus (KEY_INTERVAL_MS). */
    typed: ColdFigure
    page: ColdFigure
    pagefind: ColdFigure
    timeRatio: number
    /** The typed run's bytes against Pagefind's first query's. */
    typedBytesRatio: number
  }[]
  seconds: number
}

const middle = (values: readonly number[]) =>
  median(values.map((value) => (Number.isNaN(value) ? Infinity : value)))

function summary(runs: readonly Run[]): ColdFigure {
  return {
    ms: middle(runs.map((run) => run.ms)),
    runsMs: runs.map((run) => run.ms),
    bytes: middle(runs.map((run) => run.bytes)),
    requests: middle(runs.map((run) => run.requests)),
    waves: middle(runs.map((run) => run.waves)),
    paths: runs[0]?.paths ?? [],
  }
}

/**
 * Measures the build in `dist` (served as `npm start` serves it: its files,
 * and the pages it renders on request, the results page among them, from
 * the page renderer in `ssrDir`) against Pagefind over the same records,
 * built into `pagefindSite` unless it is there already.
 */
export async function measureColdSearch(
  browser: Browser,
  dist: string,
  ssrDir: string,
  pagefindSite: string,
  runs = 3,
): Promise<ColdSearchFigures> {
  const started = performance.now()
  if (!existsSync(join(pagefindSite, 'pagefind', 'pagefind.js'))) {
    console.log('bench: cold search: building Pagefind over the same records')
    await buildPagefind(toRecords(readCatalog(join(dist, 'data'))), pagefindSite)
    await compressDirectory(pagefindSite)
  }
  const pages = createPageRenderer({ dist, factory: await loadPageFactory(dist, ssrDir) })
  await pages.warm()
  const app = await serve(dist, { fallback: 'shell.html' }, [
    staticFiles(dist),
    renderedPages(pages),
    appShell(dist, 'shell.html'),
  ])
  // Pagefind needs 'wasm-unsafe-eval', which the app's policy does not allow.
  const baseline = await serve(pagefindSite, { fallback: 'index.html', securityHeaders: false })
  try {
    const queries: ColdSearchFigures['queries'] = []
    for (const query of COLD_QUERIES) {
      const focus: Run[] = []
      const typed: Run[] = []
      const page: Run[] = []
      const pagefind: Run[] = []
      for (let run = 0; run < runs; run += 1) {
        focus.push(await fromFocus(browser, app.url, app.traffic, query))
        typed.push(await fromFocus(browser, app.url, app.traffic, query, KEY_INTERVAL_MS))
        page.push(await freshResultsPage(browser, app.url, app.traffic, query))
        pagefind.push(await pagefindFirst(browser, baseline.url, baseline.traffic, query))
      }
      const row = {
        query,
        focus: summary(focus),
        typed: summary(typed),
        page: summary(page),
        pagefind: summary(pagefind),
        timeRatio: NaN,
        typedBytesRatio: NaN,
      }
      row.timeRatio = row.focus.ms / row.pagefind.ms
      row.typedBytesRatio = row.typed.bytes / row.pagefind.bytes
      console.log(
        `bench: cold search "${query}": from focus ${row.focus.ms.toFixed(0)} ms, ${row.focus.waves} waves, ${row.focus.bytes} B; typed ${row.typed.requests} req., ${row.typed.bytes} B; results page ${row.page.ms.toFixed(0)} ms, ${row.page.waves} waves; Pagefind ${row.pagefind.ms.toFixed(0)} ms, ${row.pagefind.waves} waves, ${row.pagefind.bytes} B`,
      )
      queries.push(row)
    }
    return {
      network: SLOW_4G,
      runs,
      targets: COLD_SEARCH_TARGETS,
      queries,
      seconds: (performance.now() - started) / 1000,
    }
  } finally {
    app.server.close()
    baseline.server.close()
  }
}

/** The app's side alone, over any build (the 10× bench, bench/ten-times.ts): each query from the box's focus and on a fresh results page. */
export async function measureAppColdSearch(
  browser: Browser,
  dist: string,
  runs = 3,
): Promise<Array<{ query: string; focus: ColdFigure; page: ColdFigure }>> {
  const app = await serve(dist, { fallback: 'shell.html' })
  try {
    const rows = []
    for (const query of COLD_QUERIES) {
      const focus: Run[] = []
      const page: Run[] = []
      for (let run = 0; run < runs; run += 1) {
        focus.push(await fromFocus(browser, app.url, app.traffic, query))
        page.push(await freshResultsPage(browser, app.url, app.traffic, query))
      }
      rows.push({ query, focus: summary(focus), page: summary(page) })
    }
    return rows
  } finally {
    app.server.close()
  }
}

const fmt = (value: number, digits = 0) =>
  Number.isFinite(value)
    ? value.toLocaleString('en-US', {
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
      })
    : 'n/a'
const mark = (ok: boolean) => (ok ? '✓' : '✗')
const cell = (f: ColdFigure) =>
  `${fmt(f.ms)} ms, ${f.waves} waves, ${fmt(f.requests)} req., ${fmt(f.bytes)} B`

export function coldSearchTable(f: ColdSearchFigures): string {
  return [
    `| Cold first search, slow 4G (150 ms, 1.6 Mbps) and CPU 4× slower, median of ${f.runs} | App: focus of the header box to painted results | App: fresh load of \`/search?q=\` to the first result | Pagefind: import, init, search, first result's data | App ÷ Pagefind (≤ ${f.targets.timeRatio}) |`,
    '| --- | ---: | ---: | ---: | ---: |',
    ...f.queries.map(
      (r) =>
        `| "${r.query}" | ${cell(r.focus)} | ${cell(r.page)} | ${cell(r.pagefind)} | ${fmt(r.timeRatio, 2)} ${mark(r.timeRatio <= f.targets.timeRatio)} |`,
    ),
    '',
    `| Typed a key every ${KEY_INTERVAL_MS} ms from the focus, same network and CPU, median of ${f.runs} | App: every prefix's query, to the whole query's painted results | App's bytes ÷ Pagefind's first query's (≤ ${f.targets.typedBytesRatio}) |`,
    '| --- | ---: | ---: |',
    ...f.queries.map(
      (r) =>
        `| "${r.query}" | ${cell(r.typed)} | ${fmt(r.typedBytesRatio, 3)} ${mark(r.typedBytesRatio <= f.targets.typedBytesRatio)} |`,
    ),
    '',
    'A wave is a request that had to wait for an earlier answer: the round trips one after another. Bytes are what the server sent (headers included, compressed); no service worker (a first visit).',
  ].join('\n')
}

export function missedColdSearchTargets(f: ColdSearchFigures): string[] {
  return [
    ...f.queries
      .filter((r) => !(r.timeRatio <= f.targets.timeRatio))
      .map((r) => `cold search "${r.query}": ${fmt(r.timeRatio, 2)}× Pagefind's time`),
    ...f.queries
      .filter((r) => !(r.typedBytesRatio <= f.targets.typedBytesRatio))
      .map((r) => `cold search "${r.query}" typed: ${fmt(r.typedBytesRatio, 3)}× Pagefind's bytes`),
  ]
}

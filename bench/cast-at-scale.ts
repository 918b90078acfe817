import type { Browser, Page } from '@playwright/test'

/** Typed a key at a time, then erased. ASCII only (a key event per character); folding still finds "Zoë" for "zoe". */
const QUERIES = ['zoe', "o'brien", 'maria garcia', 'nurse #1', 'bjorn', 'xq', 'el']

/** Cold loads and tab switches measured each; the figure is their median (single loads vary by ±30%). */
export const FIRST_RENDER_RUNS = 7

export interface CastAtScaleFigures {
  /** Overview → Cast tab in the app: from the click to the painted rows (median). */
  firstRenderMs: number
  /** A cold deep link to the cast route: from navigation start to the painted rows (median). */
  coldLoadMs: number
  heapMb: number
  keystrokes: number
  keystrokeP50Ms: number
  keystrokeP95Ms: number
  keystrokeMaxMs: number
}

export const median = (values: number[]) => percentile(values, 50)

/** Nearest rank: the smallest value with at least p% of the values at or below it. */
export const percentile = (values: readonly number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN
}

/**
 * In-page instrumentation, as plain JavaScript: the TypeScript runner adds
 * helpers to compiled functions that do not exist in the page.
 *
 * - benchFirstRender: when the first frame with cast rows has painted (a task
 *   queued from requestAnimationFrame runs after that frame's paint);
 * - benchClick: the time of the last click;
 * - benchLastKey: the time of the last key event;
 * - benchResultFor(query): resolves, after the frame that shows the results
 *   for `query` has painted, with the time since the last key event.
 */
const instrument = (rowSelector: string) => `
  function afterPaint(done) {
    requestAnimationFrame(function () {
      var channel = new MessageChannel()
      channel.port1.onmessage = done
      channel.port2.postMessage(null)
    })
  }
  var firstRows = new MutationObserver(function () {
    if (!document.querySelector(${JSON.stringify(rowSelector)})) return
    firstRows.disconnect()
    afterPaint(function () { window.benchFirstRender = performance.now() })
  })
  firstRows.observe(document, { childList: true, subtree: true })
  document.addEventListener('keydown', function (event) { window.benchLastKey = event.timeStamp }, true)
  document.addEventListener('click', function (event) { window.benchClick = event.timeStamp }, true)
  window.benchResultFor = function (query) {
    return new Promise(function (resolve) {
      var shown = new MutationObserver(function () {
        var list = document.querySelector('[data-results-for]')
        if (!list || list.getAttribute('data-results-for') !== query) return
        shown.disconnect()
        afterPaint(function () { resolve(performance.now() - window.benchLastKey) })
      })
      shown.observe(document.body, { subtree: true, childList: true, attributes: true })
    })
  }
`

declare global {
  interface Window {
    benchFirstRender?: number
    benchClick?: number
    benchLastKey?: number
    benchResult?: Promise<number>
  }
}

const CAST_ROWS = '[data-results-for] tbody tr[id]'

async function instrumentedPage(browser: Browser, rowSelector = CAST_ROWS) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
  const page = await context.newPage()
  await page.addInitScript({ content: instrument(rowSelector) })
  return { context, page }
}

const firstRows = (page: Page) =>
  page.waitForFunction(() => window.benchFirstRender !== undefined, null, { timeout: 30_000 })

/**
 * A fresh browser context (no cache) opening a URL: from navigation start to
 * the first frame painted with rows. Also used on the floor app, for scale.
 */
export async function coldLoad(browser: Browser, url: string, rowSelector = CAST_ROWS) {
  const { context, page } = await instrumentedPage(browser, rowSelector)
  await page.goto(url)
  await firstRows(page)
  const ms = await page.evaluate(() => window.benchFirstRender ?? NaN)
  await context.close()
  return ms
}

/** The film's overview open, then a click on its Cast tab: the route's own first render. */
async function tabSwitch(browser: Browser, filmUrl: string) {
  const { context, page } = await instrumentedPage(browser)
  await page.goto(filmUrl)
  await page.waitForSelector('html[data-ready]')
  await page.getByRole('link', { name: 'Cast', exact: true }).click()
  await firstRows(page)
  const ms = await page.evaluate(
    () => (window.benchFirstRender ?? NaN) - (window.benchClick ?? NaN),
  )
  await page.waitForSelector('table[aria-rowcount]')
  return { context, page, ms }
}

/**
 * On the cast route of a film with thousands of credits (filmUrl: the film's
 * overview, a page that is not prerendered):
 * - first render: from the click on the Cast tab to the first frame painted
 *   with cast rows in it; and, for comparison, from navigation start on a cold
 *   deep link to the cast route (loading the app, fetching and validating the
 *   film included);
 * - heap: the JS heap after the first render, after a garbage collection;
 * - keystroke to paint: for each key typed in the search box, from the key
 *   event to the frame that shows the results for the new query.
 */
export async function measureCastAtScale(
  browser: Browser,
  filmUrl: string,
): Promise<CastAtScaleFigures> {
  const cold: number[] = []
  for (let run = 0; run < FIRST_RENDER_RUNS; run += 1) {
    cold.push(await coldLoad(browser, `${filmUrl}/cast`))
  }
  const switches: number[] = []
  for (let run = 1; run < FIRST_RENDER_RUNS; run += 1) {
    const { context, ms } = await tabSwitch(browser, filmUrl)
    switches.push(ms)
    await context.close()
  }
  // The last tab switch stays open for the heap and the keystrokes.
  const { context, page, ms } = await tabSwitch(browser, filmUrl)
  switches.push(ms)

  const cdp = await context.newCDPSession(page)
  await cdp.send('HeapProfiler.collectGarbage')
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number }

  const search = page.getByRole('searchbox', { name: 'Search the cast' })
  await search.focus()
  const timings: number[] = []
  const press = async (key: string, expected: string) => {
    // Arm before the key (a comma expression: returning the promise would make evaluate wait for it).
    await page.evaluate(
      `(window.benchResult = benchResultFor(${JSON.stringify(expected)}), undefined)`,
    )
    await page.keyboard.press(key)
    timings.push(await page.evaluate(() => window.benchResult ?? Promise.resolve(NaN)))
  }
  const typeAndErase = async (query: string) => {
    for (let length = 1; length <= query.length; length += 1) {
      const key = query[length - 1] === ' ' ? 'Space' : (query[length - 1] ?? '')
      await press(key, query.slice(0, length))
    }
    for (let length = query.length - 1; length >= 0; length -= 1) {
      await press('Backspace', query.slice(0, length))
    }
  }
  // One unrecorded pass first, so the figures are of warm code, not of the
  // JIT compiling it; then every query twice.
  for (const query of QUERIES) await typeAndErase(query)
  timings.length = 0
  for (let pass = 0; pass < 2; pass += 1) {
    for (const query of QUERIES) await typeAndErase(query)
  }
  await context.close()
  return {
    firstRenderMs: median(switches),
    coldLoadMs: median(cold),
    heapMb: usedSize / 1024 / 1024,
    keystrokes: timings.length,
    keystrokeP50Ms: percentile(timings, 50),
    keystrokeP95Ms: percentile(timings, 95),
    keystrokeMaxMs: Math.max(...timings),
  }
}

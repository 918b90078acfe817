import type { Browser } from '@playwright/test'

/** Typed a key at a time, then erased. ASCII only (a key event per character); folding still finds "Zoë" for "zoe". */
const QUERIES = ['zoe', "o'brien", 'maria garcia', 'nurse #1', 'bjorn', 'xq', 'el']

export interface CastAtScaleFigures {
  firstRenderMs: number
  heapMb: number
  keystrokes: number
  keystrokeP50Ms: number
  keystrokeP95Ms: number
  keystrokeMaxMs: number
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN
}

/**
 * In-page instrumentation, as plain JavaScript: the TypeScript runner adds
 * helpers to compiled functions that do not exist in the page.
 *
 * - benchFirstRender: when the first frame with cast rows has painted (a task
 *   queued from requestAnimationFrame runs after that frame's paint);
 * - benchLastKey: the time of the last key event;
 * - benchResultFor(query): resolves, after the frame that shows the results
 *   for `query` has painted, with the time since the last key event.
 */
const INSTRUMENT = `
  function afterPaint(done) {
    requestAnimationFrame(function () {
      var channel = new MessageChannel()
      channel.port1.onmessage = done
      channel.port2.postMessage(null)
    })
  }
  var firstRows = new MutationObserver(function () {
    if (!document.querySelector('[data-results-for] tbody tr[id]')) return
    firstRows.disconnect()
    afterPaint(function () { window.benchFirstRender = performance.now() })
  })
  firstRows.observe(document, { childList: true, subtree: true })
  document.addEventListener('keydown', function (event) { window.benchLastKey = event.timeStamp }, true)
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
    benchLastKey?: number
    benchResult?: Promise<number>
  }
}

/**
 * On the cast route of a film with thousands of credits:
 * - first render: from navigation start to the first frame painted with cast
 *   rows in it (fetching, validating and indexing the film included);
 * - heap: the JS heap after that render, after a garbage collection;
 * - keystroke to paint: for each key typed in the search box, from the key
 *   event to the frame that shows the results for the new query.
 */
export async function measureCastAtScale(
  browser: Browser,
  url: string,
): Promise<CastAtScaleFigures> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
  const page = await context.newPage()
  await page.addInitScript({ content: INSTRUMENT })
  await page.goto(url)
  await page.waitForFunction(() => window.benchFirstRender !== undefined, null, { timeout: 30_000 })
  const firstRenderMs = await page.evaluate(() => window.benchFirstRender ?? NaN)
  await page.waitForSelector('table[aria-rowcount]')

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
    firstRenderMs,
    heapMb: usedSize / 1024 / 1024,
    keystrokes: timings.length,
    keystrokeP50Ms: percentile(timings, 50),
    keystrokeP95Ms: percentile(timings, 95),
    keystrokeMaxMs: Math.max(...timings),
  }
}

import type { Browser } from '@playwright/test'

/** Runs of the whole scenario; the figure is the longest task over all of them. */
export const LONG_TASK_RUNS = 3

export interface LongTaskFigures {
  /** Credits in the generated film. */
  credits: number
  /** How many times slower the CPU was made (1: as is; 4: Lighthouse's phone). */
  cpuSlowdown: number
  /** The longest task seen in any run, from navigation start to the end of the scenario. */
  maxMs: number
  /** The longest task of each run. */
  maxPerRunMs: number[]
  /** Tasks over 50 ms (the browser's own "long task" line), over all runs. */
  over50: number
  /** What the longest task was doing: the phase it fell in. */
  worstPhase: string
}

/**
 * Every long task (over 50 ms) the page runs, tagged with the phase of the
 * scenario it fell in. Plain JavaScript: the TypeScript runner adds helpers
 * to compiled functions that do not exist in the page.
 */
const OBSERVE = `
  window.benchPhase = 'load'
  window.benchLongTasks = []
  new PerformanceObserver(function (list) {
    list.getEntries().forEach(function (entry) {
      window.benchLongTasks.push({ duration: entry.duration, phase: window.benchPhase })
    })
  }).observe({ type: 'longtask', buffered: true })
`

interface LongTask {
  duration: number
  phase: string
}

declare global {
  interface Window {
    benchPhase?: string
    benchLongTasks?: LongTask[]
  }
}

/**
 * A cold deep link to the cast route of a film with tens of thousands of
 * credits (fetching, parsing and validating the file, then the first
 * render), then a search typed a key at a time, a scroll to the last row of
 * the full list and back to the top. The tab must never freeze: no single
 * task may hold the main thread for long.
 */
export async function measureLongTasks(
  browser: Browser,
  filmUrl: string,
  credits: number,
  cpuSlowdown = 1,
): Promise<LongTaskFigures> {
  const tasks: LongTask[] = []
  const maxPerRunMs: number[] = []
  for (let run = 0; run < LONG_TASK_RUNS; run += 1) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
    const page = await context.newPage()
    await page.addInitScript({ content: OBSERVE })
    if (cpuSlowdown > 1) {
      const cdp = await context.newCDPSession(page)
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown })
    }
    await page.goto(`${filmUrl}/cast`)
    await page.waitForSelector(`table[aria-rowcount="${credits + 1}"]`, { timeout: 60_000 })
    // Let the tasks that follow the first render (effects, idle work) run.
    await page.waitForTimeout(500)

    await page.evaluate(() => (window.benchPhase = 'search'))
    const search = page.getByRole('searchbox', { name: 'Search the cast' })
    await search.pressSequentially('maria', { delay: 50 })
    await page.waitForSelector('[data-results-for="maria"]')
    await search.fill('')
    await page.waitForSelector(`table[aria-rowcount="${credits + 1}"]`)

    await page.evaluate(() => (window.benchPhase = 'scroll'))
    await page.mouse.move(640, 500)
    for (let step = 0; step < 10; step += 1) {
      await page.mouse.wheel(0, 20_000)
      await page.waitForTimeout(50)
    }
    await search.blur()
    await page.keyboard.press('End')
    await page.waitForSelector(`tr[id="cast-${credits}"]`)
    await page.keyboard.press('Home')
    await page.waitForTimeout(300)

    const seen = await page.evaluate(() => window.benchLongTasks ?? [])
    tasks.push(...seen)
    maxPerRunMs.push(Math.max(0, ...seen.map((task) => task.duration)))
    await context.close()
  }
  const worst = tasks.reduce<LongTask | undefined>(
    (longest, task) => (!longest || task.duration > longest.duration ? task : longest),
    undefined,
  )
  return {
    credits,
    cpuSlowdown,
    maxMs: worst?.duration ?? 0,
    maxPerRunMs,
    over50: tasks.length,
    worstPhase: worst?.phase ?? 'none',
  }
}

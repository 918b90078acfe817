import type { Browser, Page } from '@playwright/test'
import { median } from './cast-at-scale.ts'

/** Fresh pages per interaction and CPU; the figures are their medians. */
export const INTERACTION_RUNS = 3

/** How many times slower the CPU is made for the second column: Lighthouse's phone. */
export const SLOW_CPU = 4

export const INTERACTION_TARGETS = { inpMs: 100, contentMs: 200 }

/** Between keys when a filter is typed a key at a time: a quick typist. */
const KEY_DELAY_MS = 120

interface Typed {
  /** The field, by its accessible name. */
  readonly box: string
  readonly text: string
  /** The element whose text says what the list shows (a live count, the search's status). */
  readonly status: string
}

export interface Interaction {
  readonly name: string
  /** Where the page opens. */
  readonly path: string
  /** The action, with real input: a click, keys. */
  readonly act?: (page: Page) => Promise<void>
  /** In the page, true once the action's content is in the document. */
  readonly shown?: string
  /** A filter typed a key at a time: the content is the status the whole text gives. */
  readonly typed?: Typed
}

const heading = (test: string) =>
  `(function (h) { return !!h && (${test}) })(document.querySelector('h1'))`

/**
 * How long a click's press lasts, from the button going down to its going
 * up: a quick one (a mouse click lasts about a tenth of a second, a tap as
 * much). Playwright's own click lets go at once, which no hand does; the
 * app starts a page on the press (src/app/warm-on-intent.ts), so the press
 * is part of what a reader waits through, and it counts: to content is
 * measured from the press.
 */
export const PRESS_MS = 60

const click = (name: string, within?: string) => async (page: Page) => {
  const scope = within ? page.locator(within) : page
  await scope.getByRole('link', { name, exact: true }).first().click({ delay: PRESS_MS })
}

/** A select changed from the keyboard (ArrowDown picks the next choice without opening it). */
const nextChoice = (name: string) => async (page: Page) => {
  await page.getByRole('combobox', { name, exact: true }).focus()
  await page.keyboard.press('ArrowDown')
}

/**
 * Every interaction of issue 30, item 2, from the page a reader would be on.
 * The reviews' filter is not among them: no film of the catalog has more
 * than one review, and the filter shows from two.
 */
export const INTERACTIONS: readonly Interaction[] = [
  {
    name: 'catalog: order newest first',
    path: '/',
    act: click('Newest first'),
    shown: `${heading("h.textContent === 'Films, newest first'")} && document.querySelectorAll('.film-list > li').length === 100`,
  },
  {
    name: 'catalog: next page',
    path: '/',
    act: click('Next'),
    shown: `/Page 2 of/.test(document.querySelector('.catalog__summary')?.textContent ?? '')`,
  },
  {
    name: 'catalog: Decade select',
    path: '/',
    act: nextChoice('Decade'),
    shown: `${heading("h.textContent.startsWith('Films of the')")} && !!document.querySelector('.film-list > li')`,
  },
  {
    name: 'catalog: Genre select',
    path: '/',
    act: nextChoice('Genre'),
    shown: `${heading("h.textContent !== 'Films' && h.textContent.endsWith(' films')")} && !!document.querySelector('.film-list > li')`,
  },
  {
    name: 'Mask: overview → Cast',
    path: '/films/mask-1985',
    act: click('Cast'),
    shown: `!!document.querySelector('[data-results-for] tbody tr[id]')`,
  },
  {
    name: 'Mask: overview → Trivia',
    path: '/films/mask-1985',
    act: click('Trivia'),
    shown: `/Trivia/.test(document.title) && !!document.querySelector('.card-list > li')`,
  },
  {
    name: 'Mask: overview → Reviews',
    path: '/films/mask-1985',
    act: click('Reviews'),
    shown: `/Reviews/.test(document.title) && !!document.querySelector('.card-list > li')`,
  },
  {
    name: 'film → person: Mask cast → Cher',
    path: '/films/mask-1985/cast',
    act: click('Cher', 'table'),
    shown: `${heading("h.textContent === 'Cher'")} && !!document.querySelector('.filmography > li')`,
  },
  {
    name: 'person → film: Cher → Mask',
    path: '/people/cher',
    act: click('Mask', '.filmography'),
    shown: `${heading("h.textContent === 'Mask (1985)'")} && !!document.querySelector('.lead')`,
  },
  {
    name: 'John Wayne: filmography filter, typed',
    path: '/people/john-wayne',
    typed: { box: 'Search the filmography', text: 'rio', status: '.live-count' },
  },
  {
    name: 'Mask: trivia filter, typed',
    path: '/films/mask-1985/trivia',
    typed: { box: 'Search facts, goofs and quotes', text: 'cher', status: '.live-count' },
  },
  {
    name: 'site search, typed',
    path: '/films/mask-1985',
    typed: { box: 'Search films and people', text: 'cher', status: '.site-search__status' },
  },
]

/** The floor app: a click on its heading, to the next paint. */
export const FLOOR_CLICK: Interaction = {
  name: 'floor app: a click, to the next paint',
  path: '/',
  act: async (page) => {
    await page.locator('h1').click()
  },
  shown: 'window.benchClicked === true',
}

/**
 * In-page instrumentation, as plain JavaScript (the TypeScript runner adds
 * helpers to compiled functions that do not exist in the page):
 * - every Event Timing entry of an interaction (durationThreshold 16, the least);
 * - benchActionAt: the time of the last pointerdown or keydown (the start of
 *   an interaction, as its Event Timing entry's startTime);
 * - benchShown(test): resolves, after the frame that first shows what `test`
 *   checks has painted (a task queued from requestAnimationFrame runs after
 *   that frame's paint), with that time.
 */
const INSTRUMENT = `
  window.benchEvents = []
  new PerformanceObserver(function (list) {
    list.getEntries().forEach(function (entry) {
      if (entry.interactionId) window.benchEvents.push({ id: entry.interactionId, start: entry.startTime, duration: entry.duration })
    })
  }).observe({ type: 'event', durationThreshold: 16, buffered: true })
  function mark(event) { window.benchActionAt = event.timeStamp }
  addEventListener('pointerdown', mark, true)
  addEventListener('keydown', mark, true)
  addEventListener('click', function () { window.benchClicked = true }, true)
  window.benchShown = function (test) {
    return new Promise(function (resolve) {
      var done = false
      function check() {
        if (done || !test()) return
        done = true
        observer.disconnect()
        requestAnimationFrame(function () {
          var channel = new MessageChannel()
          channel.port1.onmessage = function () { resolve(performance.now()) }
          channel.port2.postMessage(null)
        })
      }
      var observer = new MutationObserver(check)
      observer.observe(document, { childList: true, subtree: true, attributes: true, characterData: true })
      ;['pointerup', 'click', 'keyup', 'input', 'change'].forEach(function (type) {
        addEventListener(type, function () { setTimeout(check) }, true)
      })
    })
  }
`

declare global {
  interface Window {
    benchEvents?: { id: number; start: number; duration: number }[]
    benchActionAt?: number
    benchClicked?: boolean
    benchShown?: (test: () => boolean) => Promise<number>
    benchContent?: Promise<number>
  }
}

interface Run {
  /** The longest Event Timing duration of the action's interactions (0: none over 16 ms). */
  inpMs: number
  /** From the last input's start to the paint of the content. */
  contentMs: number
}

async function idle(page: Page) {
  await page.waitForLoadState('networkidle')
  await page.evaluate(
    () => new Promise((done) => requestIdleCallback(() => done(null), { timeout: 2000 })),
  )
}

async function openPage(browser: Browser, url: string, appReady: boolean) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
  const page = await context.newPage()
  await page.addInitScript({ content: INSTRUMENT })
  await page.goto(url)
  if (appReady) await page.waitForSelector('html[data-ready]')
  // A reader's pointer is on the page before they click: on its top left
  // corner, over nothing the actions use.
  await page.mouse.move(1, 1)
  await idle(page)
  return { context, page }
}

const statusTest = (typed: Typed, expected: string) =>
  `document.querySelector(${JSON.stringify(typed.status)})?.textContent === ${JSON.stringify(expected)}`

/**
 * What a typed filter's status says once the whole text is typed and
 * everything has settled: the content each measured run waits for.
 */
async function settledStatus(
  browser: Browser,
  base: string,
  interaction: Interaction,
  typed: Typed,
) {
  const { context, page } = await openPage(browser, base + interaction.path, true)
  await page.getByRole('searchbox', { name: typed.box }).pressSequentially(typed.text)
  await page.waitForTimeout(2000)
  const text = await page.locator(typed.status).first().textContent()
  await context.close()
  if (!text) throw new Error(`bench: “${interaction.name}” shows no status after typing`)
  return text
}

async function measureOnce(
  browser: Browser,
  base: string,
  interaction: Interaction,
  cpuSlowdown: number,
  shown: string,
  appReady: boolean,
): Promise<Run> {
  const { context, page } = await openPage(browser, base + interaction.path, appReady)
  try {
    if (cpuSlowdown > 1) {
      const cdp = await context.newCDPSession(page)
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown })
    }
    const armedAt = (await page.evaluate(
      `(window.benchContent = benchShown(function () { return ${shown} }), performance.now())`,
    )) as number
    if (interaction.typed) {
      await page
        .getByRole('searchbox', { name: interaction.typed.box })
        .pressSequentially(interaction.typed.text, { delay: KEY_DELAY_MS })
    } else await interaction.act?.(page)
    const paintedAt = await page.evaluate(() => window.benchContent ?? Promise.resolve(NaN))
    // Event Timing reports an interaction after its next paint: give it a few frames.
    await page.waitForTimeout(300)
    const { actionAt, events } = await page.evaluate(() => ({
      actionAt: window.benchActionAt ?? NaN,
      events: window.benchEvents ?? [],
    }))
    const durations = events.filter((e) => e.start >= armedAt).map((e) => e.duration)
    return { inpMs: Math.max(0, ...durations), contentMs: paintedAt - actionAt }
  } finally {
    await context.close()
  }
}

export interface InteractionFigures {
  name: string
  path: string
  /** Median over the runs, as is and with the CPU slowed. */
  inpMs: number
  contentMs: number
  slowInpMs: number
  slowContentMs: number
}

async function measureInteraction(
  browser: Browser,
  base: string,
  interaction: Interaction,
  appReady = true,
): Promise<InteractionFigures> {
  const shown = interaction.typed
    ? `document.querySelector('input[type=search]:focus')?.value === ${JSON.stringify(interaction.typed.text)} && ${statusTest(interaction.typed, await settledStatus(browser, base, interaction, interaction.typed))}`
    : (interaction.shown ?? 'true')
  const figures = async (cpu: number) => {
    const runs: Run[] = []
    for (let run = 0; run < INTERACTION_RUNS; run += 1)
      runs.push(await measureOnce(browser, base, interaction, cpu, shown, appReady))
    return { inp: median(runs.map((r) => r.inpMs)), content: median(runs.map((r) => r.contentMs)) }
  }
  const fast = await figures(1)
  const slow = await figures(SLOW_CPU)
  return {
    name: interaction.name,
    path: interaction.path,
    inpMs: fast.inp,
    contentMs: fast.content,
    slowInpMs: slow.inp,
    slowContentMs: slow.content,
  }
}

/**
 * Each interaction on fresh pages of the app (opened, left to go idle, then
 * the action with real input), as is and with the CPU four times slower,
 * and the floor's own click for scale. `only` narrows the list by name.
 */
export async function measureInteractions(
  browser: Browser,
  appUrl: string,
  floorUrl: string,
  only?: RegExp,
  log: (message: string) => void = () => {},
) {
  const floor = await measureInteraction(browser, floorUrl, FLOOR_CLICK, false)
  const rows: InteractionFigures[] = []
  for (const interaction of INTERACTIONS) {
    if (only && !only.test(interaction.name)) continue
    log(interaction.name)
    rows.push(await measureInteraction(browser, appUrl, interaction))
  }
  return { floor, rows }
}

const ms = (value: number) =>
  !Number.isFinite(value) ? 'n/a' : value < 16 ? '< 16' : value.toFixed(0)
const check = (value: number, target: number) => `${ms(value)} ${value <= target ? '✓' : '✗'}`

/** `load`: the machine's load average (1, 5, 15 min) as the run began: timings on a busy machine grow with it. */
export function interactionTable(
  {
    floor,
    rows,
  }: {
    floor: InteractionFigures
    rows: readonly InteractionFigures[]
  },
  load: readonly number[],
) {
  const { inpMs, contentMs } = INTERACTION_TARGETS
  return [
    `| Interaction (median of ${INTERACTION_RUNS} fresh pages) | INP (ms) | to content (ms) | INP, CPU ${SLOW_CPU}× slower | to content, CPU ${SLOW_CPU}× slower |`,
    '| --- | ---: | ---: | ---: | ---: |',
    `| ${floor.name} | ${ms(floor.inpMs)} | ${ms(floor.contentMs)} | ${ms(floor.slowInpMs)} | ${ms(floor.slowContentMs)} |`,
    ...rows.map(
      (r) =>
        `| ${r.name} \`${r.path}\` | ${check(r.inpMs, inpMs)} | ${check(r.contentMs, contentMs)} | ${check(r.slowInpMs, inpMs)} | ${check(r.slowContentMs, contentMs)} |`,
    ),
    '',
    `Targets: INP ≤ ${inpMs} ms and action to content ≤ ${contentMs} ms, as is and with the CPU ${SLOW_CPU}× slower (Chromium's CPU throttling, set once the page is idle). A click is a press of ${PRESS_MS} ms, as a quick hand's. INP: the longest Event Timing duration of the action's interactions ("< 16": none reached the API's 16 ms threshold). To content: from the last input's start (pointerdown or keydown) to the paint of the frame that shows the content. A typed filter is typed a key at a time, ${KEY_DELAY_MS} ms apart. Load average as the run began: ${load.map((l) => l.toFixed(2)).join(', ')}.`,
  ].join('\n')
}

/** The targets missed, as sentences. */
export function missedInteractionTargets(rows: readonly InteractionFigures[]): string[] {
  const { inpMs, contentMs } = INTERACTION_TARGETS
  return rows.flatMap((r) => [
    ...(r.inpMs > inpMs ? [`${r.name}: INP ${ms(r.inpMs)} ms`] : []),
    ...(r.contentMs > contentMs ? [`${r.name}: ${ms(r.contentMs)} ms to content`] : []),
    ...(r.slowInpMs > inpMs ? [`${r.name}: INP ${ms(r.slowInpMs)} ms at ${SLOW_CPU}×`] : []),
    ...(r.slowContentMs > contentMs
      ? [`${r.name}: ${ms(r.slowContentMs)} ms to content at ${SLOW_CPU}×`]
      : []),
  ])
}

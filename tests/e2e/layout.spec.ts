import type { Page } from '@playwright/test'
import { expect, test } from './fixtures.ts'
import { MASK_CATALOG_PAGE, ROUTES } from './routes.ts'

const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)

for (const width of [320, 1440]) {
  test(`no route scrolls sideways at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 })
    for (const [name, path] of ROUTES) {
      await page.goto(path)
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
      expect(await overflow(page), `${name} at ${width} px`).toBeLessThanOrEqual(0)
    }
  })
}

test('every tap target is at least 44 px square on a phone', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 })
  for (const [name, path] of ROUTES) {
    await page.goto(path)
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    const small = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('a[href], button, input, select')]
        .filter((element) => {
          const style = getComputedStyle(element)
          const box = element.getBoundingClientRect()
          const hidden = box.width <= 1 || style.visibility === 'hidden'
          // Links inside a sentence are exempt (WCAG 2.5.8's inline exception).
          const inline = element.tagName === 'A' && style.display === 'inline'
          const offscreen = element.classList.contains('skip-link')
          return !hidden && !inline && !offscreen && (box.width < 44 || box.height < 44)
        })
        .map((element) => {
          const box = element.getBoundingClientRect()
          return `${element.tagName} “${element.textContent?.trim() || element.getAttribute('aria-label')}” ${Math.round(box.width)}×${Math.round(box.height)}`
        }),
    )
    expect(small, name).toEqual([])
  }
})

test('the cast reads as a table on wide screens and as cards on narrow ones', async ({ page }) => {
  await page.goto('/films/mask-1985/cast')
  const header = page.getByRole('columnheader', { name: 'Actor' })
  await expect(header).toBeVisible()
  const rowWidth = () =>
    page.getByRole('row', { name: /Cher/ }).evaluate((row) => getComputedStyle(row).display)
  expect(await rowWidth()).toBe('table-row')

  await page.setViewportSize({ width: 360, height: 800 })
  await expect(header).not.toBeInViewport()
  expect(await rowWidth()).toBe('grid')
  // Still a table to assistive technology: the row keeps its cells and header.
  await expect(page.getByRole('rowheader', { name: 'Cher' })).toBeVisible()
})

const observeLayoutShifts = () => {
  const shifts: number[] = []
  Object.assign(window, { layoutShifts: shifts })
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & {
      value: number
      hadRecentInput: boolean
    })[]) {
      if (!entry.hadRecentInput) shifts.push(entry.value)
    }
  }).observe({ type: 'layout-shift', buffered: true })
}
const totalShift = (page: Page) =>
  page.evaluate(() =>
    (window as unknown as { layoutShifts: number[] }).layoutShifts.reduce((sum, v) => sum + v, 0),
  )

test('no page shifts as it loads, hydrates and applies its URL', async ({ page }) => {
  await page.addInitScript(observeLayoutShifts)
  for (const path of [
    '/',
    '/films/mask-1985',
    '/films/mask-1985/cast',
    '/films/mask-1985/cast?q=dennis&sort=actor',
    '/films/mask-1985/trivia?kind=goof',
    '/catalog/year/2',
  ]) {
    await page.goto(path)
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await page.waitForTimeout(500)
    expect(await totalShift(page), `cumulative layout shift on ${path}`).toBeLessThanOrEqual(0.01)
  }
})

test('a film whose data arrives slowly shifts nothing when it comes', async ({ page }) => {
  await page.addInitScript(observeLayoutShifts)
  await page.goto(MASK_CATALOG_PAGE)
  await page.route('**/data/films/*.json', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 900))
    await route.continue()
  })
  await page.getByRole('link', { name: 'Mask', exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Mask (1985)' })).toBeVisible()
  await page.waitForTimeout(300)
  expect(await totalShift(page)).toBeLessThanOrEqual(0.01)
})

/** Pages holding a long unbroken word: in a search, an id, a path. */
const LONG = 'x'.repeat(200)
const LONG_WORD_ROUTES = [
  ['cast search', `/films/mask-1985/cast?q=${LONG}`],
  ['trivia search', `/films/mask-1985/trivia?q=${LONG}`],
  ['unknown film', `/films/${'a'.repeat(150)}`],
  ['unknown path', `/no/such/${LONG}`],
] as const

test.describe('long words', () => {
  // The unknown film asks the server for a data file that is not there.
  test.use({ allowedConsoleErrors: [/Failed to load resource/] })
  for (const width of [320, 360, 1280]) {
    test(`a long unbroken word wraps on every route at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 })
      for (const [name, path] of LONG_WORD_ROUTES) {
        await page.goto(path)
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
        expect(await overflow(page), `${name} at ${width} px`).toBeLessThanOrEqual(0)
      }
    })
  }
})

test('the tabs fit a 320 px screen, the last one whole', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 })
  await page.goto('/films/mask-1985')
  const nav = page.getByRole('navigation', { name: 'Mask sections' })
  const [navBox, lastBox] = await Promise.all([
    nav.boundingBox(),
    nav.getByRole('link', { name: 'Reviews' }).boundingBox(),
  ])
  expect(lastBox && navBox && lastBox.x + lastBox.width).toBeLessThanOrEqual(
    (navBox?.x ?? 0) + (navBox?.width ?? 0) + 0.5,
  )
})

test('a long title keeps Share beside it on a wide screen', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 })
  // The longest title in the lists (102 characters): two lines or more.
  await page.goto(
    '/films/the-green-goods-man-or-josiah-and-samanthy-s-experience-with-the-original-americ-1905',
  )
  const heading = page.getByRole('heading', {
    level: 1,
    name: /^The Green Goods Man; or, Josiah and Samanthy's Experience .* \(1905\)$/,
  })
  await expect(heading).toBeVisible()
  expect((await heading.boundingBox())?.height).toBeGreaterThan(
    await heading.evaluate((h1) => parseFloat(getComputedStyle(h1).lineHeight) * 1.5),
  )
  const [title, share] = await Promise.all([
    heading.boundingBox(),
    page.getByRole('button', { name: 'Share' }).boundingBox(),
  ])
  expect(share && title && share.y).toBeLessThan((title?.y ?? 0) + (title?.height ?? 0))
})

for (const width of [320, 360]) {
  test(`a goof card keeps its link buttons on the badge’s line at ${width} px`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 800 })
    await page.goto('/films/mask-1985/trivia?kind=goof')
    const cards = await page.getByRole('article').all()
    expect(cards.length).toBeGreaterThan(0)
    for (const card of cards) {
      const [badge, copy] = await Promise.all([
        card.locator('.badge').boundingBox(),
        card.getByRole('button', { name: /^Copy link/ }).boundingBox(),
      ])
      // The button's top sits above the badge's bottom: the same line.
      expect(copy && badge && copy.y).toBeLessThan((badge?.y ?? 0) + (badge?.height ?? 0))
    }
    expect(await overflow(page)).toBeLessThanOrEqual(0)
  })
}

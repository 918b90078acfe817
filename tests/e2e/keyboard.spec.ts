import type { Locator, Page } from '@playwright/test'
import { expect, test } from './fixtures.ts'
import { MASK_CATALOG_PAGE } from './routes.ts'

/** Presses Tab (or Shift+Tab) until `target` has focus, as a keyboard user would. */
async function tabTo(page: Page, target: Locator, direction: 'forward' | 'back' = 'forward') {
  const key = direction === 'forward' ? 'Tab' : 'Shift+Tab'
  for (let presses = 0; presses < 250; presses += 1) {
    await page.keyboard.press(key)
    if (await target.evaluate((element) => element === document.activeElement)) return
  }
  throw new Error(`${key} never reached ${target.toString()}`)
}

const focused = (page: Page) => page.locator(':focus')

test('a keyboard-only walk: catalog, film, all four tabs, "/" search, Escape, a review permalink', async ({
  page,
}) => {
  await page.goto(MASK_CATALOG_PAGE)
  await tabTo(page, page.getByRole('link', { name: 'Mask', exact: true }))
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL('/films/mask-1985')
  await expect(focused(page)).toHaveText('Overview')

  await tabTo(page, page.getByRole('link', { name: 'Cast', exact: true }))
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL('/films/mask-1985/cast')
  await expect(focused(page)).toHaveText('Cast')

  // "/" is the site's search in the header; the cast's own box is a Tab away.
  const search = page.getByRole('searchbox', { name: 'Search the cast' })
  await tabTo(page, search)
  await expect(search).toBeFocused()
  await page.keyboard.type('cher')
  await expect(page.getByRole('rowheader')).toHaveText(['Cher'])
  await page.keyboard.press('Escape')
  await expect(search).toHaveValue('')
  await expect(page.getByRole('rowheader')).toHaveCount(15)

  await tabTo(page, page.getByRole('link', { name: 'Trivia', exact: true }), 'back')
  await page.keyboard.press('Enter')
  await expect(focused(page)).toHaveText('Trivia')
  // Space presses a button, as Enter does.
  await tabTo(page, page.getByRole('button', { name: /^Goofs/ }))
  await page.keyboard.press('Space')
  await expect(page).toHaveURL('/films/mask-1985/trivia?kind=goof')

  await tabTo(page, page.getByRole('link', { name: 'Reviews', exact: true }), 'back')
  await page.keyboard.press('Enter')
  await expect(focused(page)).toHaveText('Reviews')

  await tabTo(page, page.getByRole('link', { name: 'Permalink to this review' }))
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL('/films/mask-1985/reviews#review-1')
  const review = page.getByRole('article', {
    name: 'Hard to Watch at Times, But a Very Good Film.',
  })
  await expect(review).toBeFocused()
  await expect(review).toHaveClass(/is-target/)

  await tabTo(page, page.getByRole('link', { name: 'Overview', exact: true }), 'back')
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL('/films/mask-1985')
})

test('the skip link is the first stop and jumps to the content', async ({ page }) => {
  await page.goto('/films/mask-1985')
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await page.keyboard.press('Tab')
  const skip = page.getByRole('link', { name: 'Skip to content' })
  await expect(skip).toBeFocused()
  await expect(skip).toBeInViewport()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('main')).toBeFocused()
  await expect(page).toHaveURL('/films/mask-1985')
})

test('every control shows where focus is', async ({ page }) => {
  await page.goto('/films/mask-1985/trivia')
  // Its page's trivia, goof and quote, and the 7 facts worked out from the lists.
  await expect(page.getByRole('article')).toHaveCount(10)
  for (let presses = 0; presses < 25; presses += 1) {
    await page.keyboard.press('Tab')
    const outline = await page.evaluate(() => {
      const element = document.activeElement
      if (!element || element === document.body) return null
      const style = getComputedStyle(element)
      const name = `${element.tagName} ${element.textContent?.trim().slice(0, 30) ?? ''}`
      return { name, width: parseFloat(style.outlineWidth), style: style.outlineStyle }
    })
    if (!outline) continue
    expect(outline.style, `${outline.name} has a focus outline`).not.toBe('none')
    expect(outline.width, `${outline.name} outline width`).toBeGreaterThanOrEqual(2)
  }
})

test('Back and Forward restore the scroll position', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 640 })
  await page.goto('/')
  // The last film of the first page.
  const last = page.getByRole('link', { name: '10:30 P.M. Summer', exact: true })
  await last.evaluate((link) => link.scrollIntoView({ block: 'center' }))
  const position = await page.evaluate(() => window.scrollY)
  expect(position).toBeGreaterThan(200)
  await last.click()
  await expect(page.getByRole('heading', { level: 1, name: /10:30 P\.M\. Summer/ })).toBeVisible()
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0)

  await page.goBack()
  await expect(page.getByRole('heading', { level: 1, name: 'Films' })).toBeVisible()
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(position)
  await page.goForward()
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0)
})

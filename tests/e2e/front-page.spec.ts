import type { Page } from '@playwright/test'
import { expect, test } from './fixtures.ts'

// The front page on the narrowest phone we support and on a laptop: what the
// site holds, the heading of the view, every letter in reach, a letter's
// jump landing on the letter, and the header's search usable.
const WIDTHS = [320, 1280] as const

/** Whether the page scrolls sideways: nothing may be cut off at this width. */
const overflows = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth)

for (const width of WIDTHS) {
  test.describe(`the front page at ${width} px`, () => {
    test.use({ viewport: { width, height: 800 } })

    test('says what the site holds, and every letter is in reach', async ({ page }) => {
      await page.goto('/')
      await expect(page.getByRole('heading', { level: 1, name: 'Films' })).toBeVisible()
      await expect(
        page.getByText(
          /^36,254 American films from Wikipedia's yearly lists, 1900s to 2020s, and the 28,715 people in them\.$/,
        ),
      ).toBeVisible()
      // Page 1 opens on a title that starts with a digit, not on punctuation.
      await expect(page.getByRole('heading', { level: 2 }).first()).toHaveText(/^\d/)
      const letters = page.getByRole('navigation', { name: 'Jump to' }).getByRole('link')
      await expect(letters).toHaveCount(27)
      // Wrapped, not scrolled: each letter lies within the page's width.
      for (const letter of await letters.all()) {
        const box = await letter.boundingBox()
        expect(box && box.x).toBeGreaterThanOrEqual(0)
        expect(box && box.x + box.width).toBeLessThanOrEqual(width)
        expect(box?.height).toBeGreaterThanOrEqual(44)
      }
      expect(await overflows(page)).toBe(false)
      const search = page.getByLabel('Search films and people', { exact: true })
      await expect(search).toBeInViewport()
      expect((await search.boundingBox())?.width).toBeGreaterThan(width < 600 ? 250 : 300)
    })

    test('a letter lands on its first film, on the page where it starts', async ({ page }) => {
      await page.goto('/')
      await page
        .getByRole('navigation', { name: 'Jump to' })
        .getByRole('link', { name: 'M' })
        .click()
      await expect(page).toHaveURL(/^[^#]*\/catalog\/title\/\d+#[a-z0-9-]+$/)
      const id = new URL(page.url()).hash.slice(1)
      const card = page.locator(`li[id="${id}"]`)
      await expect(card).toBeFocused()
      await expect(card).toBeInViewport()
      await expect(card.getByRole('heading', { level: 2 })).toHaveText(/^M/)
      // The film before it, if on this page, is not an M.
      const before = await card.evaluate(
        (li) => li.previousElementSibling?.querySelector('h2')?.textContent ?? '',
      )
      expect(before).not.toMatch(/^M/)
    })

    test('by year, newest first and oldest first', async ({ page }) => {
      await page.goto('/')
      await page.getByRole('link', { name: 'Oldest first' }).click()
      await expect(page).toHaveURL('/catalog/oldest/1')
      await expect(
        page.getByRole('heading', { level: 1, name: 'Films, oldest first' }),
      ).toBeVisible()
      await expect(
        page.getByText(/^36,254 films, oldest first\. Page 1 of 363: 19\d\d – 19\d\d$/),
      ).toBeVisible()
      await page.getByRole('link', { name: 'Newest first' }).click()
      await expect(page).toHaveURL('/catalog/year/1')
      await expect(
        page.getByRole('heading', { level: 1, name: 'Films, newest first' }),
      ).toBeVisible()
      expect(await overflows(page)).toBe(false)
    })
  })
}

test('a filtered view names itself in its heading', async ({ page }) => {
  await page.goto('/catalog/1980s-science-fiction/year/1')
  await expect(
    page.getByRole('heading', {
      level: 1,
      name: 'Science fiction films of the 1980s, newest first',
    }),
  ).toBeVisible()
})

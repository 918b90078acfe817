import AxeBuilder from '@axe-core/playwright'
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
      // Page 1 opens on a title that starts with a digit, not on punctuation
      // (the first heading of its level is the well-known films').
      await expect(page.getByRole('heading', { level: 2 }).nth(1)).toHaveText(/^\d/)
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

    test('opens on the best-known films of each decade, then the A–Z', async ({ page }) => {
      await page.goto('/')
      const notable = page.getByRole('region', { name: 'Well-known films by decade' })
      await expect(notable.getByRole('heading', { level: 2 })).toBeInViewport()
      const forties = notable.getByRole('region', { name: '1940s' })
      const cards = forties.getByRole('listitem')
      await expect(cards).toHaveCount(6)
      await expect(cards.first()).toContainText('Casablanca')
      const row = forties.getByRole('list')
      const [scrolls, cut] = await row.evaluate((list) => [
        list.scrollWidth > list.clientWidth,
        [...list.children].some(
          (card) => card.getBoundingClientRect().right > list.getBoundingClientRect().right,
        ),
      ])
      // A phone's row scrolls sideways, a card cut at its edge saying so; a
      // laptop's holds all six. The page itself never scrolls sideways.
      expect([scrolls, cut]).toEqual(width < 600 ? [true, true] : [false, false])
      expect(await overflows(page)).toBe(false)
      // Past it by keyboard, to the first page of all films.
      await notable.getByRole('link', { name: 'Skip to all films' }).focus()
      await page.keyboard.press('Enter')
      await expect(page).toHaveURL('/#films-a-z')
      await expect(page.getByText(/^36,254 films, by title\. Page 1 of 363:/)).toBeInViewport()
      // A decade's heading opens its films; a card, its film.
      await forties.getByRole('link', { name: '1940s' }).click()
      await expect(page).toHaveURL('/catalog/1940s/title/1')
      await expect(
        page.getByRole('heading', { level: 1, name: 'Films of the 1940s' }),
      ).toBeVisible()
      await expect(page.getByRole('region', { name: 'Well-known films by decade' })).toHaveCount(0)
      await page.goBack()
      await forties.getByRole('link', { name: 'Casablanca' }).click()
      await expect(page).toHaveURL('/films/casablanca-1942')
      await expect(page.getByRole('heading', { level: 1, name: /^Casablanca/ })).toBeVisible()
    })

    for (const scheme of ['light', 'dark'] as const)
      test(`axe finds nothing on it, ${scheme} scheme`, async ({ page }) => {
        // Axe over 160 cards and 70 links takes a while on a busy machine.
        test.slow()
        await page.emulateMedia({ colorScheme: scheme })
        await page.goto('/')
        await expect(page.getByRole('region', { name: 'Well-known films by decade' })).toBeVisible()
        const results = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
          .analyze()
        expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target)}`)).toEqual(
          [],
        )
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

test.describe('the front page with scripts off', () => {
  test.use({ javaScriptEnabled: false })

  test('shows the best-known films of each decade, each a link, before the A–Z', async ({
    page,
  }) => {
    await page.goto('/')
    const notable = page.getByRole('region', { name: 'Well-known films by decade' })
    await expect(notable.getByRole('region')).toHaveCount(11)
    const seventies = notable.getByRole('region', { name: '1970s' })
    await expect(seventies.getByRole('link', { name: 'The Godfather' })).toHaveAttribute(
      'href',
      '/films/the-godfather-1972',
    )
    await expect(seventies.getByRole('link', { name: '1970s' })).toHaveAttribute(
      'href',
      '/catalog/1970s/title/1',
    )
    await notable.getByRole('link', { name: 'Skip to all films' }).click()
    await expect(page).toHaveURL('/#films-a-z')
    await expect(page.getByText(/^36,254 films, by title\./)).toBeInViewport()
  })
})

import type { Page } from '@playwright/test'
import { readFileSync } from 'node:fs'
import { expect, serveFakeFilm, test } from './fixtures.ts'

const FILM_ID = 'big-sample-cast'

/** A film with a crew-sized credit list, served in place of a real file. */
async function serveBigFilm(page: Page, credits: number) {
  const film = JSON.parse(readFileSync('src/test/data/films/mask-1985.json', 'utf8')) as Record<
    string,
    unknown
  >
  film.id = FILM_ID
  film.stars = []
  film.cast = Array.from({ length: credits }, (_, index) => ({
    id: `cast-${index + 1}`,
    actor: `Sample Actor ${index + 1}`,
    character: `Role ${index + 1}`,
    note: null,
  }))
  await serveFakeFilm(page, FILM_ID, film)
}

test.describe('a crew-sized cast (2,000 credits)', () => {
  test('renders only the rows near the viewport and scrolls through all of them', async ({
    page,
  }) => {
    await serveBigFilm(page, 2000)
    await page.goto(`/films/${FILM_ID}/cast`)
    const table = page.getByRole('table')
    await expect(table).toHaveAttribute('aria-rowcount', '2001')
    await expect(page.getByRole('rowheader').first()).toHaveText('Sample Actor 1')
    expect(await page.getByRole('rowheader').count()).toBeLessThan(80)

    await page.mouse.move(600, 500)
    await page.mouse.wheel(0, 40_000)
    await expect(page.getByRole('rowheader').first()).not.toHaveText('Sample Actor 1')
    expect(await page.getByRole('rowheader').count()).toBeLessThan(80)
    await page.keyboard.press('End')
    await expect(page.getByRole('rowheader', { name: 'Sample Actor 2000' })).toBeInViewport()
  })

  test('search finds a credit deep in the list', async ({ page }) => {
    await serveBigFilm(page, 2000)
    await page.goto(`/films/${FILM_ID}/cast`)
    await page.getByRole('searchbox', { name: 'Search the cast' }).fill('actor 1999')
    await expect(page.getByRole('rowheader')).toHaveText(['Sample Actor 1999'])
    await expect(page.getByText('1 of 2,000 cast members')).toBeVisible()
  })

  test('a permalink to a credit far down scrolls it into view, highlighted and focused', async ({
    page,
  }) => {
    await serveBigFilm(page, 2000)
    await page.goto(`/films/${FILM_ID}/cast#cast-1500`)
    const row = page.getByRole('row', { name: /Sample Actor 1500\b/ })
    await expect(row).toBeInViewport()
    await expect(row).toHaveClass(/is-target/)
    await expect(row).toBeFocused()
    // Typing a search afterwards keeps focus in the box, and the page where the reader is.
    const search = page.getByRole('searchbox', { name: 'Search the cast' })
    await search.pressSequentially('actor 15')
    await expect(search).toBeFocused()
  })

  test('a permalink near the top is focused too, once the virtual table has replaced the first rows', async ({
    page,
  }) => {
    await serveBigFilm(page, 2000)
    await page.goto(`/films/${FILM_ID}/cast#cast-3`)
    const row = page.getByRole('row', { name: /Sample Actor 3\b/ })
    await expect(page.getByRole('table')).toHaveAttribute('aria-rowcount', '2001')
    await expect(row).toBeFocused()
    await expect(row).toBeInViewport()
  })

  test('each row copies its own link', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'])
    await serveBigFilm(page, 2000)
    await page.goto(`/films/${FILM_ID}/cast`)
    await page.getByRole('searchbox', { name: 'Search the cast' }).fill('actor 1999')
    await page.getByRole('button', { name: 'Copy link to Sample Actor 1999 as Role 1999' }).click()
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(
      new RegExp(`/films/${FILM_ID}/cast#cast-1999$`),
    )
  })

  test('reads as cards on a phone without sideways scrolling', async ({ page }) => {
    await serveBigFilm(page, 2000)
    await page.setViewportSize({ width: 360, height: 740 })
    await page.goto(`/films/${FILM_ID}/cast`)
    await expect(page.getByRole('table')).toHaveAttribute('aria-rowcount', '2001')
    await page.mouse.move(180, 500)
    await page.mouse.wheel(0, 20_000)
    await expect(page.getByRole('rowheader').first()).not.toHaveText('Sample Actor 1')
    expect(
      await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      ),
    ).toBeLessThanOrEqual(0)
  })
})

test.describe('a 50,000-credit cast (about 5 MB)', () => {
  // Behaviour only: how long its tasks take is a timing, which belongs in the
  // benchmark (docs/reliability.md, "Big data").
  test('loads, searches and scrolls to the last credit, rendering only what is in view', async ({
    page,
  }) => {
    test.setTimeout(60_000)
    await serveBigFilm(page, 50_000)
    await page.goto(`/films/${FILM_ID}/cast`)
    await expect(page.getByRole('table')).toHaveAttribute('aria-rowcount', '50001')
    expect(await page.getByRole('rowheader').count()).toBeLessThan(80)

    const search = page.getByRole('searchbox', { name: 'Search the cast' })
    await search.pressSequentially('actor 4999', { delay: 30 })
    await expect(page.getByText(/of 50,000 cast members/)).toBeVisible()
    await expect(page.getByRole('rowheader').first()).toHaveText('Sample Actor 4999')
    await search.fill('')
    await expect(page.getByText('50,000 cast members')).toBeVisible()
    await search.blur() // End in the search box would move its caret, not the page
    await page.mouse.move(600, 500)
    await page.mouse.wheel(0, 400_000)
    await page.keyboard.press('End')
    await expect(page.getByRole('rowheader', { name: 'Sample Actor 50000' })).toBeInViewport()
    expect(await page.getByRole('rowheader').count()).toBeLessThan(80)
  })
})

import type { Page } from '@playwright/test'
import { expect, test } from './fixtures.ts'

const filmography = (page: Page) => page.getByRole('list', { name: 'Films' })
const castTable = (page: Page) => page.getByRole('table', { name: /^Cast of / })

test('a walk from film to person to film: Mask, Cher, Moonstruck, Nicolas Cage and on', async ({
  page,
}) => {
  await page.goto('/films/mask-1985')
  await page.getByRole('link', { name: 'Cast', exact: true }).click()
  await castTable(page).getByRole('link', { name: 'Cher' }).click()

  await expect(page).toHaveURL('/people/cher')
  await expect(page.getByRole('heading', { level: 1, name: 'Cher' })).toBeFocused()
  await expect(page).toHaveTitle('Cher · Film Explorer')
  const mask = filmography(page).getByRole('listitem').filter({ hasText: 'Mask' })
  await expect(mask).toContainText("as Florence 'Rusty' Dennis")
  await expect(filmography(page).getByRole('listitem')).toHaveCount(16)

  await filmography(page).getByRole('link', { name: 'Moonstruck' }).click()
  await expect(page).toHaveURL('/films/moonstruck-1987')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Moonstruck (1987)')
  await page.getByRole('link', { name: 'Cast', exact: true }).click()
  await castTable(page).getByRole('link', { name: 'Nicolas Cage' }).click()

  await expect(page).toHaveURL('/people/nicolas-cage')
  await expect(page.getByRole('heading', { level: 1, name: 'Nicolas Cage' })).toBeVisible()
  await expect(page.getByText(/^\d+ films, 19\d\d–20\d\d$/)).toBeVisible()
  const coStars = page.getByRole('region', { name: 'Most often with' })
  await coStars.getByRole('link').first().click()
  await expect(page).toHaveURL(/^.*\/people\/[a-z0-9-]+$/)
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Nicolas Cage')
  await expect(filmography(page).getByRole('listitem').first()).toBeVisible()

  // Back through history: every page still has its content.
  await page.goBack()
  await expect(page.getByRole('heading', { level: 1, name: 'Nicolas Cage' })).toBeVisible()
  await page.goBack()
  await page.goBack()
  await expect(page).toHaveURL('/films/moonstruck-1987')
  await page.goBack()
  await expect(page.getByRole('heading', { level: 1, name: 'Cher' })).toBeVisible()
})

test('the filters of a person page are a link: a shared link opens the same films', async ({
  page,
  browser,
}) => {
  await page.goto('/people/harrison-ford-1960s')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Harrison Ford (1968–2023)')
  await page.getByRole('combobox', { name: 'Decade' }).selectOption({ label: '1980s (10)' })
  await page.getByRole('searchbox', { name: 'Search the filmography' }).fill('indiana')
  await expect(page).toHaveURL('/people/harrison-ford-1960s?decade=1980s&q=indiana')
  const shown = filmography(page).getByRole('link')
  await expect(shown).toHaveText([
    'Indiana Jones and the Temple of Doom',
    'Indiana Jones and the Last Crusade',
  ])

  const other = await (await browser.newContext()).newPage()
  await other.goto(page.url())
  await expect(filmography(other).getByRole('link')).toHaveText(await shown.allTextContents())
  await expect(other.getByRole('combobox', { name: 'Decade' })).toHaveValue('1980s')
  await other.context().close()
})

test('a person written three ways in the lists has one page, with the films of all', async ({
  page,
}) => {
  await page.goto('/people/zasu-pitts')
  await expect(page.getByRole('heading', { level: 1, name: 'ZaSu Pitts' })).toBeVisible()
  await expect(page.getByText(/^61 films, /)).toBeVisible()
  // The films that credit her as "Zasu Pitts" or "Zazu Pitts" say so.
  await expect(filmography(page).getByText(/credited as Zasu Pitts/)).toHaveCount(10)
  await expect(filmography(page).getByText(/credited as Zazu Pitts/)).toHaveCount(1)
  await expect(filmography(page).getByRole('link', { name: 'Greed' })).toBeVisible()
})

test.describe('a person page that is not there', () => {
  // The browser logs the 404 of the page it asked for.
  test.use({ allowedConsoleErrors: [/Failed to load resource/] })

  test('is a 404 that says so, with a way home', async ({ page }) => {
    const response = await page.goto('/people/no-such-person-at-all')
    expect(response?.status()).toBe(404)
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible()
    await expect(
      page.getByText('There is no person with the id “no-such-person-at-all”.'),
    ).toBeVisible()
  })
})

test.describe('with JavaScript disabled', () => {
  test.use({ javaScriptEnabled: false })

  test('a person page opened by link and reloaded shows its content from the HTML alone', async ({
    page,
  }) => {
    await page.goto('/people/cher?sort=newest')
    await page.reload()
    await expect(page.getByRole('heading', { level: 1, name: 'Cher' })).toBeVisible()
    await expect(filmography(page).getByRole('listitem')).toHaveCount(16)
    await expect(page.getByRole('table', { name: 'Films per year' })).toBeAttached()
    await expect(page.getByRole('region', { name: 'Most often with' })).toBeVisible()
    // Every film is a plain link.
    await expect(filmography(page).getByRole('link', { name: 'Mask' })).toHaveAttribute(
      'href',
      '/films/mask-1985',
    )
  })
})

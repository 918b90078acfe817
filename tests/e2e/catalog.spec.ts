import type { Page } from '@playwright/test'
import { expect, test } from './fixtures.ts'
import { LIST_FILM } from './routes.ts'

/** The cards' titles: the front page's well-known films have a heading of their own. */
const titles = (page: Page) => page.getByRole('listitem').getByRole('heading', { level: 2 })
const pages = (page: Page) => page.getByRole('navigation', { name: 'Pages' })

test('the catalog pages through 36,254 films by title and by year, each page a shareable path', async ({
  page,
  browser,
}) => {
  await page.goto('/')
  await expect(titles(page)).toHaveCount(100)
  await expect(titles(page).first()).toHaveText('1')
  await expect(
    page.getByText('36,254 films, by title. Page 1 of 363: 1 – 13 Rue Madeleine'),
  ).toBeVisible()
  await expect(page).toHaveTitle('Films · Film Explorer')

  await pages(page).getByRole('link', { name: 'Next' }).click()
  await expect(page).toHaveURL('/catalog/title/2')
  await expect(page.getByText(/^36,254 films, by title\. Page 2 of 363: /)).toBeVisible()
  await expect(page).toHaveTitle('Films, page 2 · Film Explorer')
  await expect(page.getByRole('heading', { level: 1, name: 'Films' })).toBeFocused()
  await expect(pages(page).getByRole('link', { name: 'Page 2' })).toHaveAttribute(
    'aria-current',
    'page',
  )

  await page.getByRole('link', { name: 'Newest first' }).click()
  await expect(page).toHaveURL('/catalog/year/1')
  await expect(page.getByText(/^36,254 films, newest first\. Page 1 of 363: 2023$/)).toBeVisible()
  await page
    .getByRole('navigation', { name: 'Jump to' })
    .getByRole('link', { name: '1980s' })
    .click()
  await expect(page).toHaveURL(/^[^#]*\/catalog\/year\/90#[a-z0-9-]+$/)
  // The URL changes before the new page commits, so wait for its summary before reading it.
  await expect(page.getByText(/^36,254 films, newest first\. Page 90 of 363: /)).toBeVisible()
  const first = await titles(page).first().textContent()

  // A shared link opens the same page.
  const other = await (await browser.newContext()).newPage()
  await other.goto(page.url())
  await expect(titles(other).first()).toHaveText(first ?? '')
  await other.context().close()

  await titles(page).first().getByRole('link').click()
  await expect(page).toHaveURL(/^.*\/films\/[a-z0-9-]+$/)
  await page.goBack()
  await expect(page).toHaveURL(/^[^#]*\/catalog\/year\/90#[a-z0-9-]+$/)
  await expect(titles(page).first()).toHaveText(first ?? '')
})

test('the last page has no Next, and links back to the one before', async ({ page }) => {
  await page.goto('/catalog/title/363')
  await expect(titles(page).last()).toHaveText('Zotz!')
  await expect(pages(page).getByRole('link', { name: 'Next' })).toHaveCount(0)
  await expect(pages(page).getByRole('link', { name: 'Previous' })).toHaveAttribute(
    'href',
    '/catalog/title/362',
  )
})

test.describe('a catalog page that is not there', () => {
  // The browser logs the 404 of the page file it asked for.
  test.use({ allowedConsoleErrors: [/Failed to load resource/] })

  test('says how many pages there are, with a way home', async ({ page }) => {
    await page.goto('/catalog/title/400')
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible()
    await expect(
      page.getByText('There is no page 400: the catalog has 363 pages by title.'),
    ).toBeVisible()
    await page.getByRole('link', { name: 'Go to the home page' }).click()
    await expect(page).toHaveURL('/')
  })
})

test('the first page by title has one URL: /catalog/title/1 goes to /', async ({ page }) => {
  await page.goto('/catalog/title/1')
  await expect(page).toHaveURL('/')
  await expect(titles(page).first()).toHaveText('1')
})

test('every route works for a film that is not Mask, one of the lists alone', async ({ page }) => {
  const base = `/films/${LIST_FILM}`
  await page.goto(`${base}/cast`)
  await expect(page.getByRole('heading', { level: 1, name: 'Casablanca (1942)' })).toBeVisible()
  await page.getByRole('searchbox', { name: 'Search the cast' }).fill('bergman')
  await expect(page.getByRole('rowheader')).toHaveText(['Ingrid Bergman'])
  await expect(page).toHaveURL(`${base}/cast?q=bergman`)
  await page.getByRole('link', { name: 'Trivia', exact: true }).click()
  await expect(page).toHaveURL(`${base}/trivia`)
  await expect(page.getByRole('heading', { level: 2, name: 'Trivia' })).toBeVisible()
  await page.getByRole('link', { name: 'Reviews', exact: true }).click()
  await expect(page).toHaveURL(`${base}/reviews`)
  await expect(page.getByRole('heading', { level: 2, name: 'Reviews' })).toBeVisible()
  await page.getByRole('link', { name: 'Overview', exact: true }).click()
  await expect(page).toHaveURL(base)
  await expect(page.getByRole('definition').filter({ hasText: 'Romance' })).toBeVisible()
})

test('a film missing most sections shows honest empty states', async ({ page }) => {
  const base = `/films/${LIST_FILM}`
  await page.goto(base)
  await expect(page.getByRole('heading', { level: 3, name: 'Storyline' })).toHaveCount(0)
  await page.getByRole('link', { name: 'Trivia', exact: true }).click()
  // None of its own: only what the catalog works out, each saying so.
  await expect(page.getByText('No facts or goofs or quotes recorded for this film.')).toBeVisible()
  await expect(page.getByRole('article')).toHaveCount(9)
  await expect(
    page.getByRole('article').filter({ hasNotText: 'Worked out from Wikipedia’s film lists.' }),
  ).toHaveCount(0)
  await page.getByRole('link', { name: 'Reviews', exact: true }).click()
  // No user reviews, but its ratings from vega-datasets (tests/e2e/more-sources.spec.ts).
  await expect(page.getByRole('heading', { level: 3, name: 'Ratings' })).toBeVisible()
})

test("a rich film's trivia, goofs, quotes, reviews and details all show", async ({ page }) => {
  const base = '/films/mask-1985'
  await page.goto(`${base}/trivia`)
  // Its page's trivia, goof and quote, and the 7 facts worked out from the lists.
  await expect(page.getByRole('article')).toHaveCount(10)
  await page.getByRole('button', { name: /^Goofs/ }).click()
  await expect(page).toHaveURL(`${base}/trivia?kind=goof`)
  await expect(page.getByRole('article')).toHaveText([/Anachronisms/])
  await page.getByRole('link', { name: 'Reviews', exact: true }).click()
  await expect(page.getByText('Rated 4.5 out of 5')).toBeAttached()
  await page.getByRole('link', { name: 'Overview', exact: true }).click()
  await expect(page.getByText("Not recorded; a director's cut exists (USA)")).toBeVisible()
})

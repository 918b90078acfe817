import { expect, test } from './fixtures.ts'

const titles = (page: import('@playwright/test').Page) => page.getByRole('heading', { level: 2 })

test('the catalog searches and sorts, keeps both in a shareable URL, and links to each film', async ({
  page,
  browser,
}) => {
  await page.goto('/')
  await expect(titles(page)).toHaveCount(4)
  await page.getByRole('searchbox', { name: 'Search films' }).pressSequentially('sample')
  await expect(titles(page)).toHaveText([
    'Example Harbour Nights (a Sample)',
    'Sample Minimal Film',
    'The Sample Lighthouse',
  ])
  // As laid out on screen (toHaveText reads the markup): the spaces beside
  // a highlight survive, which a flex link would trim ("TheSampleLighthouse").
  expect(
    await titles(page).evaluateAll((all) => all.map((h) => (h as HTMLElement).innerText)),
  ).toEqual(['Example Harbour Nights (a Sample)', 'Sample Minimal Film', 'The Sample Lighthouse'])
  await page.getByRole('combobox', { name: 'Sort by' }).selectOption('year')
  await expect(page).toHaveURL('/?q=sample&sort=year')
  await expect(titles(page)).toHaveText([
    'Sample Minimal Film',
    'The Sample Lighthouse',
    'Example Harbour Nights (a Sample)',
  ])

  const other = await (await browser.newContext()).newPage()
  await other.goto(page.url())
  await expect(titles(other)).toHaveText([
    'Sample Minimal Film',
    'The Sample Lighthouse',
    'Example Harbour Nights (a Sample)',
  ])
  await other.context().close()

  await page.getByRole('link', { name: 'The Sample Lighthouse' }).click()
  await expect(page).toHaveURL('/films/the-sample-lighthouse-1979')
  await expect(
    page.getByRole('heading', { level: 1, name: 'The Sample Lighthouse (1979)' }),
  ).toBeVisible()
  await page.goBack()
  await expect(page).toHaveURL('/?q=sample&sort=year')
  await expect(page.getByRole('searchbox', { name: 'Search films' })).toHaveValue('sample')
})

test('every route works for a film that is not Mask', async ({ page }) => {
  const base = '/films/the-sample-lighthouse-1979'
  await page.goto(`${base}/cast`)
  await page.getByRole('searchbox', { name: 'Search the cast' }).fill('zoe')
  await expect(page.getByRole('rowheader')).toHaveText(['Zoë Lindqvist'])
  await page.getByRole('link', { name: 'Trivia', exact: true }).click()
  await expect(page.getByRole('article')).toHaveCount(5)
  await page.getByRole('button', { name: /^Goofs/ }).click()
  await expect(page.getByRole('article')).toHaveText([/Continuity/, /Factual errors/])
  await page.getByRole('link', { name: 'Reviews', exact: true }).click()
  await expect(page.getByText('Rated 4 out of 5')).toBeAttached()
  await page.getByRole('link', { name: 'Overview', exact: true }).click()
  await expect(page.getByText("Portugal, director's cut: 118 minutes")).toBeVisible()
})

test('a film missing most sections shows honest empty states', async ({ page }) => {
  const base = '/films/sample-minimal-film-2003'
  await page.goto(base)
  await expect(page.getByText('95 minutes')).toBeVisible()
  await page.getByRole('link', { name: 'Trivia', exact: true }).click()
  await expect(
    page.getByText('No facts, goofs or quotes are recorded for this film.'),
  ).toBeVisible()
  await page.getByRole('link', { name: 'Reviews', exact: true }).click()
  await expect(page.getByText('No user reviews are recorded for this film.')).toBeVisible()
})

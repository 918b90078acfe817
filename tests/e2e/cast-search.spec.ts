import { expect, test } from './fixtures.ts'

const CAST = '/films/mask-1985/cast'

test('searching the cast gives a link that opens the same view for someone else', async ({
  page,
  browser,
}) => {
  await page.goto(CAST)
  const search = page.getByRole('searchbox', { name: 'Search the cast' })
  await search.pressSequentially('kelly minter')
  await expect(page).toHaveURL(`${CAST}?q=kelly+minter`)
  await expect(page.getByRole('rowheader')).toHaveText(['Kelly Jo Minter'])
  await expect(page.getByRole('status').filter({ hasText: 'cast members' })).toHaveText(
    '1 of 15 cast members',
  )

  const shared = await browser.newContext()
  const other = await shared.newPage()
  await other.goto(page.url())
  await expect(other.getByRole('searchbox', { name: 'Search the cast' })).toHaveValue(
    'kelly minter',
  )
  await expect(other.getByRole('rowheader')).toHaveText(['Kelly Jo Minter'])
  await expect(other.locator('mark')).toHaveText(['Kelly', 'Minter', 'Kelly', 'Minter'])
  await shared.close()
})

test('a shared filtered, sorted cast link opens exactly that view', async ({ page }) => {
  await page.goto(`${CAST}?q=dennis&sort=character`)
  await expect(page.getByRole('rowheader')).toHaveText(['Dennis Burkley', 'Cher', 'Eric Stoltz'])
  await expect(page.getByRole('combobox', { name: 'Sort by' })).toHaveValue('character')
})

test('fast typing keeps every character, and typing mid-word keeps the caret', async ({ page }) => {
  await page.goto(CAST)
  const search = page.getByRole('searchbox', { name: 'Search the cast' })
  await search.pressSequentially('minter', { delay: 0 })
  await search.press('Home')
  await search.pressSequentially('kelly ', { delay: 0 })
  await expect(search).toHaveValue('kelly minter')
  await expect(page).toHaveURL(`${CAST}?q=kelly+minter`)
})

test('case and accents are ignored, and no match offers to clear the search', async ({ page }) => {
  await page.goto(CAST)
  const search = page.getByRole('searchbox', { name: 'Search the cast' })
  await search.fill('ÉLLIOTT')
  await expect(page.getByRole('rowheader')).toHaveText(['Sam Elliott'])
  await search.fill('(.*')
  await expect(page.getByText('No cast member matches “(.*”.')).toBeVisible()
  await page.getByRole('button', { name: 'Clear search', exact: true }).click()
  await expect(page.getByRole('rowheader')).toHaveCount(15)
  await expect(page).toHaveURL(CAST)
})

test('typing does not fill the history: Back leaves the search page', async ({ page }) => {
  await page.goto('/films/mask-1985')
  await page.getByRole('link', { name: 'Cast', exact: true }).click()
  await page.getByRole('searchbox', { name: 'Search the cast' }).pressSequentially('cher')
  await expect(page).toHaveURL(`${CAST}?q=cher`)
  await page.goBack()
  await expect(page).toHaveURL('/films/mask-1985')
})

test('a copied cast link opens that credit, focused and in view, for someone else', async ({
  page,
  context,
  browser,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await page.goto(`${CAST}?sort=actor`)
  await page.getByRole('button', { name: 'Copy link to Eric Stoltz as Roy L.' }).click()
  await expect(page.getByText(/^Link to Eric Stoltz as Roy L\..*copied\.$/)).toBeVisible()
  const link = await page.evaluate(() => navigator.clipboard.readText())
  expect(link).toMatch(/\/films\/mask-1985\/cast#cast-3$/)

  const other = await (
    await browser.newContext({ viewport: { width: 1280, height: 400 } })
  ).newPage()
  await other.goto(link)
  const row = other.getByRole('row', { name: /Eric Stoltz/ })
  await expect(row).toHaveClass(/is-target/)
  await expect(row).toBeFocused()
  await expect(row).toBeInViewport()
  await other.context().close()
})

test('a Stars link on the overview opens that star’s page', async ({ page }) => {
  await page.goto('/films/mask-1985')
  await page.getByRole('link', { name: 'Eric Stoltz' }).click()
  await expect(page).toHaveURL('/people/eric-stoltz')
  await expect(page.getByRole('heading', { level: 1, name: 'Eric Stoltz' })).toBeFocused()
})

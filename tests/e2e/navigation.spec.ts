import { expect, test } from './fixtures.ts'
import { MASK_CATALOG_PAGE } from './routes.ts'

const FILM = '/films/mask-1985'

test('opens Mask from the catalog and clicks through the four tabs', async ({ page }) => {
  await page.goto(MASK_CATALOG_PAGE)
  await expect(page.getByRole('heading', { level: 1, name: 'Films' })).toBeVisible()
  await page.getByRole('link', { name: 'Mask', exact: true }).click()
  await expect(page).toHaveURL(FILM)
  await expect(page.getByRole('heading', { level: 1, name: 'Mask (1985)' })).toBeVisible()
  await expect(page).toHaveTitle('Overview · Mask (1985)')

  for (const [tab, path, heading, title] of [
    ['Cast', `${FILM}/cast`, 'Cast', 'Cast · Mask (1985)'],
    ['Trivia', `${FILM}/trivia`, 'Trivia', 'Trivia · Mask (1985)'],
    ['Reviews', `${FILM}/reviews`, 'Reviews', 'Reviews · Mask (1985)'],
    ['Overview', FILM, 'Overview', 'Overview · Mask (1985)'],
  ] as const) {
    await page.getByRole('link', { name: tab, exact: true }).click()
    await expect(page).toHaveURL(path)
    await expect(page.getByRole('heading', { level: 2, name: heading })).toBeAttached()
    await expect(page).toHaveTitle(title)
    await expect(page.getByRole('link', { name: tab, exact: true })).toHaveAttribute(
      'aria-current',
      'page',
    )
  }
})

test('Back and Forward walk through views and choices', async ({ page }) => {
  await page.goto(FILM)
  await page.getByRole('link', { name: 'Cast', exact: true }).click()
  await page.getByRole('combobox', { name: 'Sort by' }).selectOption('actor')
  await expect(page).toHaveURL(`${FILM}/cast?sort=actor`)
  await expect(page.getByRole('rowheader').first()).toHaveText('Dennis Burkley')

  await page.goBack()
  await expect(page).toHaveURL(`${FILM}/cast`)
  await expect(page.getByRole('rowheader').first()).toHaveText('Cher')
  await expect(page.getByRole('combobox', { name: 'Sort by' })).toHaveValue('billing')

  await page.goBack()
  await expect(page).toHaveURL(FILM)
  await expect(page.getByRole('heading', { level: 2, name: 'Overview' })).toBeAttached()

  await page.goForward()
  await page.goForward()
  await expect(page).toHaveURL(`${FILM}/cast?sort=actor`)
  await expect(page.getByRole('rowheader').first()).toHaveText('Dennis Burkley')
})

test('a deep route with filters survives a reload', async ({ page }) => {
  await page.goto(`${FILM}/trivia?kind=goof&kind=quote`)
  await expect(page.getByRole('article')).toHaveCount(2)
  await page.reload()
  await expect(page).toHaveURL(`${FILM}/trivia?kind=goof&kind=quote`)
  await expect(page.getByRole('article')).toHaveCount(2)
  await expect(page.getByRole('button', { name: /^Goofs/ })).toHaveAttribute('aria-pressed', 'true')
})

test('a permalink opens the page scrolled to the item, highlighted', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 640 })
  await page.goto(`${FILM}/trivia#quote-1`)
  const quote = page.getByRole('article', { name: 'Quote 1' })
  await expect(quote).toHaveClass(/is-target/)
  await expect(quote).toBeInViewport()
  await expect(page.getByRole('article', { name: 'Fact 1' })).not.toHaveClass(/is-target/)
})

test('shows not-found for an unknown path, with a way home', async ({ page }) => {
  await page.goto('/no/such/page')
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible()
  await page.getByRole('link', { name: 'Go to the home page' }).click()
  await expect(page).toHaveURL('/')
  await expect(page.getByRole('heading', { level: 1, name: 'Films' })).toBeVisible()
})

test.describe('an unknown film', () => {
  // The browser itself logs the 404 of the data file the app asked for.
  test.use({ allowedConsoleErrors: [/Failed to load resource.*404/] })

  test('shows not-found', async ({ page }) => {
    await page.goto('/films/no-such-film/cast')
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible()
    await expect(page.getByText('There is no film with the id “no-such-film”.')).toBeVisible()
  })
})

test('a tab clicked right after typing a search opens, and Back returns to the search', async ({
  page,
}) => {
  // The Trivia code arrives slowly, so the navigation is still under way when
  // the typed text is due to reach the URL (150 ms after the last key).
  await page.route('**/assets/trivia-route-*.js', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 600))
    await route.continue()
  })
  await page.goto('/films/mask-1985/cast')
  await page.getByRole('searchbox', { name: 'Search the cast' }).fill('laura')
  await page.getByRole('link', { name: 'Trivia', exact: true }).click()
  await expect(page.getByRole('heading', { level: 2, name: 'Trivia' })).toBeVisible()
  await expect(page).toHaveURL('/films/mask-1985/trivia')
  // Leaving the box wrote the search into the entry it left, at once.
  await page.goBack()
  await expect(page).toHaveURL('/films/mask-1985/cast?q=laura')
  await expect(page.getByRole('searchbox', { name: 'Search the cast' })).toHaveValue('laura')
  await expect(page.getByRole('rowheader')).toHaveText(['Laura Dern'])
})

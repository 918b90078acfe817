import { expect, test } from './fixtures.ts'
import { ROUTES } from './routes.ts'

test.describe('with JavaScript disabled', () => {
  test.use({ javaScriptEnabled: false })

  for (const [name, path] of ROUTES.filter(([name]) => name !== 'not-found')) {
    test(`${name} shows its content from the HTML alone`, async ({ page }) => {
      await page.goto(path)
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
      await expect(page.getByRole('main')).not.toBeEmpty()
    })
  }

  test('the cast page holds all 15 credits and its title', async ({ page }) => {
    await page.goto('/films/mask-1985/cast')
    await expect(page).toHaveTitle('Cast · Mask (1985)')
    await expect(page.getByRole('rowheader')).toHaveCount(15)
  })
})

test('each page carries its title, a description and Open Graph tags', async ({ request }) => {
  const html = await (await request.get('/films/mask-1985/trivia')).text()
  expect(html).toContain('<title>Trivia · Mask (1985)</title>')
  expect(html).toMatch(/<meta name="description" content="Did you know\? 3 pieces of trivia/)
  expect(html).toContain('<meta property="og:title" content="Trivia · Mask (1985)" />')
  expect(html).toMatch(/<meta property="og:description" content="[^"]+" \/>/)
  expect(html.match(/<title>/g)).toHaveLength(1)
})

test('a deep link with a search shows the right view once scripts run, without warnings', async ({
  page,
}) => {
  // The console guard fails this test on any hydration warning.
  await page.goto('/films/mask-1985/cast?q=dennis&sort=actor')
  await expect(page.getByRole('rowheader')).toHaveText(['Cher', 'Dennis Burkley', 'Eric Stoltz'])
  await expect(page.getByRole('searchbox', { name: 'Search the cast' })).toHaveValue('dennis')
  await expect(page.locator('html')).not.toHaveAttribute('data-url-state')
  await expect(page).toHaveTitle('Cast · Mask (1985)')
  expect(await page.evaluate(() => document.querySelectorAll('title').length)).toBe(1)
})

test('a permalink to a prerendered page highlights its item after hydration', async ({ page }) => {
  await page.goto('/films/mask-1985/trivia#goof-1')
  await expect(page.getByRole('article', { name: 'Goof 1' })).toHaveClass(/is-target/)
})

test.describe('paths with no prerendered page', () => {
  test.use({ allowedConsoleErrors: [/Failed to load resource.*404/] })

  test('an unknown film renders not-found from the app shell', async ({ page }) => {
    await page.goto('/films/no-such-film/trivia?kind=goof')
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible()
  })
})

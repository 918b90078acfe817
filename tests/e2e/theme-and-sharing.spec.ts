import { expect, test } from './fixtures.ts'

const background = (page: import('@playwright/test').Page) =>
  page.evaluate(() => getComputedStyle(document.body).backgroundColor)

const DARK = 'rgb(20, 17, 16)'
const LIGHT = 'rgb(251, 248, 243)'

test.describe('the theme', () => {
  test('follows the system setting until the reader chooses, and says so', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' })
    await page.goto('/')
    const theme = page.getByRole('combobox', { name: 'Theme' })
    await expect(theme).toHaveValue('system')
    await expect(theme.locator('option:checked')).toHaveText('System (dark)')
    expect(await background(page)).toBe(DARK)
    await page.emulateMedia({ colorScheme: 'light' })
    await expect(theme.locator('option:checked')).toHaveText('System (light)')
    expect(await background(page)).toBe(LIGHT)
  })

  test('remembers a choice across reloads, and returns to the system when asked', async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: 'light' })
    await page.goto('/films/mask-1985')
    const theme = page.getByRole('combobox', { name: 'Theme' })
    await theme.selectOption('dark')
    expect(await background(page)).toBe(DARK)
    await page.reload()
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
    await expect(theme).toHaveValue('dark')
    expect(await background(page)).toBe(DARK)

    await theme.selectOption('system')
    expect(await background(page)).toBe(LIGHT)
    await page.emulateMedia({ colorScheme: 'dark' })
    expect(await background(page)).toBe(DARK)
    await page.reload()
    await expect(page.locator('html')).not.toHaveAttribute('data-theme')
    await expect(theme).toHaveValue('system')
  })
})

test.describe('sharing', () => {
  test('copies the view’s link where there is no share sheet, and says so', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'])
    await page.goto('/films/mask-1985/cast?q=dennis&sort=actor')
    await page.getByRole('button', { name: 'Share' }).click()
    await expect(
      page.getByRole('status').filter({ hasText: 'Link to this view copied' }),
    ).toBeVisible()
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url())
  })

  test('uses the Web Share API where the browser has it', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'share', {
        value: (data: ShareData) => {
          Object.assign(window, { shared: data })
          return Promise.resolve()
        },
      })
    })
    await page.goto('/films/mask-1985/trivia?kind=quote')
    await page.getByRole('button', { name: 'Share' }).click()
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { shared?: ShareData }).shared))
      .toEqual({ title: 'Trivia · Mask (1985)', url: page.url() })
  })

  test('a copied review link opens that review, highlighted, for someone else', async ({
    page,
    context,
    browser,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'])
    await page.goto('/films/mask-1985/reviews')
    await page.getByRole('button', { name: 'Copy link to this review' }).click()
    await expect(page.getByText('Link to this review copied.')).toBeVisible()
    const link = await page.evaluate(() => navigator.clipboard.readText())
    expect(link).toMatch(/\/films\/mask-1985\/reviews#review-1$/)

    const other = await (await browser.newContext()).newPage()
    await other.goto(link)
    const review = other.getByRole('article', {
      name: 'Hard to Watch at Times, But a Very Good Film.',
    })
    await expect(review).toHaveClass(/is-target/)
    await expect(review).toBeInViewport()
    await other.context().close()
  })
})

import { expect, test } from './fixtures.ts'

const CAST = '/films/mask-1985/cast'

test('Back after a typo fixed within the pause shows the entry’s search, in the box and the list', async ({
  page,
}) => {
  await page.goto(CAST)
  const search = page.getByRole('searchbox', { name: 'Search the cast' })
  await search.fill('denn')
  await expect(page).toHaveURL(`${CAST}?q=denn`)
  await page.getByRole('combobox', { name: 'Sort by' }).selectOption('actor')
  await expect(page).toHaveURL(`${CAST}?q=denn&sort=actor`)
  await search.fill('den')
  await expect(page).toHaveURL(`${CAST}?q=den&sort=actor`)
  // A letter typed and taken back at once: the URL already holds the text,
  // so nothing is written. The old hook kept "denn" in its list of its own
  // echoes, and took the Back below for one: the box stayed at "den".
  await search.press('n')
  await search.press('Backspace')
  await page.goBack()
  await expect(page).toHaveURL(`${CAST}?q=denn`)
  await expect(search).toHaveValue('denn')
  await expect(page.locator('[data-results-for]')).toHaveAttribute('data-results-for', 'denn')
})

test.describe('a prerendered link whose app scripts never run', () => {
  test.beforeEach(async ({ page }) => {
    await page.route('**/assets/*.js', (route) => route.abort())
  })
  // The aborted scripts are reported by the browser, and the page's data
  // file, preloaded for an app that never came, unused; nothing else may be.
  // (One pattern: a list of two would read as a fixture's value and options.)
  test.use({
    allowedConsoleErrors: [
      /Failed to load resource|net::ERR_FAILED|preloaded using link preload but not used/,
    ],
  })

  test('shows the view at once for a param it does not own (?utm_source=chat)', async ({
    page,
  }) => {
    await page.mainFrame().goto(`${CAST}?utm_source=chat`)
    await expect(page.getByRole('rowheader').first()).toBeVisible({ timeout: 1_000 })
    await expect(page.getByRole('rowheader')).toHaveCount(15)
  })

  test('shows the unfiltered view with a note for a search (?q=dennis), never a blank page', async ({
    page,
  }) => {
    await page.mainFrame().goto(`${CAST}?q=dennis`)
    // Held back at first (the app may still come and filter it)...
    await expect(page.locator('html')).toHaveAttribute('data-url-state', 'pending')
    await expect(page.getByRole('rowheader').first()).toBeHidden()
    // ...but not for long, and it says why the list is not filtered.
    await expect(page.getByRole('rowheader').first()).toBeVisible({ timeout: 6_000 })
    await expect(page.getByRole('rowheader')).toHaveCount(15)
    const note = await page.locator('[data-url-view]').evaluate((panel) => {
      const style = getComputedStyle(panel, '::before')
      return { content: style.content, height: parseFloat(style.height) }
    })
    expect(note.height).toBeGreaterThan(10)
    expect(note.content).toContain('apply once the page has finished loading')
  })
})

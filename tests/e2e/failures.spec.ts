import { expect, test } from './fixtures.ts'

test.describe('a failed data load', () => {
  test.use({ allowedConsoleErrors: [/Failed to load resource/] })

  test('says what went wrong, and Retry recovers once the network is back', async ({ page }) => {
    // Prerendered pages carry their data; a film's file is fetched when the
    // reader moves to it from another page.
    await page.goto('/')
    await page.route('**/data/films/mask-1985.json', (route) => route.abort('internetdisconnected'))
    await page.getByRole('link', { name: 'Mask', exact: true }).click()
    await expect(
      page.getByRole('heading', { name: 'The film data could not be loaded' }),
    ).toBeVisible({ timeout: 15_000 })
    await expect(page.getByText('Could not reach the server. Check your connection.')).toBeVisible()

    await page.unroute('**/data/films/mask-1985.json')
    await page.getByRole('button', { name: 'Retry' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Mask (1985)' })).toBeVisible()
    await page.getByRole('link', { name: 'Cast', exact: true }).click()
    await expect(page.getByRole('rowheader')).toHaveCount(15)
  })

  test('names the field of a malformed file', async ({ page }) => {
    await page.route('**/data/films/mask-1985.json', async (route) => {
      const response = await route.fetch()
      const film = (await response.json()) as { year: unknown }
      film.year = 'nineteen eighty-five'
      await route.fulfill({ response, json: film })
    })
    await page.goto('/')
    await page.getByRole('link', { name: 'Mask', exact: true }).click()
    await expect(page.getByText(/malformed at year/)).toBeVisible()
    await expect(page.locator('code', { hasText: 'year' })).toBeVisible()
  })
})

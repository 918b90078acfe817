import type { Page } from '@playwright/test'
import { expect, test } from './fixtures.ts'

// Films of one title and year are told apart wherever they appear: the two
// Carmens of 1915, by what their Wikipedia articles add to the title.
const CARMENS = [
  {
    id: 'carmen-1915-cecil-b-demille',
    by: 'Cecil B. DeMille',
    stars: 'Geraldine Farrar and Wallace Reid',
  },
  { id: 'carmen-1915-raoul-walsh', by: 'Raoul Walsh', stars: 'Theda Bara' },
] as const

const box = (page: Page) => page.getByLabel('Search films and people', { exact: true })
const films = (page: Page) =>
  page.getByRole('listbox', { name: 'Search results' }).getByRole('group', { name: 'Films' })

test('the two Carmens of 1915 are told apart as you type, and each opens its own page', async ({
  page,
}) => {
  await page.goto('/')
  await box(page).fill('carmen 1915')
  const options = films(page).getByRole('option')
  await expect(options.nth(0)).toHaveText(/^Carmen \((Cecil B\. DeMille|Raoul Walsh)\)1915/)
  await expect(options.nth(1)).toHaveText(/^Carmen \((Cecil B\. DeMille|Raoul Walsh)\)1915/)
  const names = await options.evaluateAll((all) =>
    all.slice(0, 2).map((option) => option.textContent),
  )
  expect(new Set(names).size).toBe(2)

  await films(page)
    .getByRole('option', { name: /^Carmen \(Raoul Walsh\)/ })
    .click()
  await expect(page).toHaveURL('/films/carmen-1915-raoul-walsh')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Carmen (1915, Raoul Walsh)')
})

test('the results page names each Carmen of 1915 apart, linking to its own film', async ({
  page,
}) => {
  await page.goto('/search?q=carmen%201915')
  const results = page.getByRole('region', { name: 'Films' })
  for (const { id, by } of CARMENS) {
    await expect(results.getByRole('link', { name: `Carmen (${by})` })).toHaveAttribute(
      'href',
      `/films/${id}`,
    )
  }
})

for (const { id, by, stars } of CARMENS) {
  test(`${id} has a heading and a tab title of its own`, async ({ page }) => {
    await page.goto(`/films/${id}`)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Carmen (1915, ${by})`)
    await expect(page).toHaveTitle(`Overview · Carmen (1915, ${by})`)
    await expect(page.locator('meta[name="description"]')).toHaveAttribute(
      'content',
      // Only what the page has: no rating or director is recorded for either.
      `Carmen (1915, ${by}): with ${stars}; Adventure, Drama, Silent.`,
    )
    await page.getByRole('link', { name: 'Cast', exact: true }).click()
    await expect(page).toHaveURL(`/films/${id}/cast`)
    await expect(page).toHaveTitle(`Cast · Carmen (1915, ${by})`)
  })
}

test("Theda Bara's films name her Carmen and her Romeo and Juliet apart from their twins", async ({
  page,
}) => {
  await page.goto('/people/theda-bara')
  const films = page.getByRole('list', { name: 'Films' })
  await expect(films.getByRole('link', { name: 'Carmen (Raoul Walsh)' })).toHaveAttribute(
    'href',
    '/films/carmen-1915-raoul-walsh',
  )
  await expect(films.getByRole('link', { name: 'Romeo and Juliet (Fox)' })).toHaveAttribute(
    'href',
    '/films/romeo-and-juliet-1916-fox',
  )
})

test('a film listed twice in the lists is once in a filmography', async ({ page }) => {
  for (const [person, title] of [
    ['humphrey-bogart', 'Swing Your Lady'],
    ['dick-powell', 'Murder, My Sweet'],
  ] as const) {
    await page.goto(`/people/${person}`)
    const films = page.getByRole('list', { name: 'Films' })
    await expect(films.getByRole('link', { name: title, exact: true })).toHaveCount(1)
  }
})

import type { Page } from '@playwright/test'
import { expect, test } from './fixtures.ts'

/**
 * Directors are people (issue 28, item 3): a director's page lists what they
 * directed, a person who acts and directs filters by role, and search finds
 * a director who never acted.
 */

const filmography = (page: Page) => page.getByRole('list', { name: 'Films' })

test("Michael Curtiz's page lists what he directed, Casablanca among it, and leads to it", async ({
  page,
}) => {
  await page.goto('/people/michael-curtiz')
  await expect(page.getByRole('heading', { level: 1, name: 'Michael Curtiz' })).toBeVisible()
  await expect(page.getByText('Director, 6 films, 1936–1954')).toBeVisible()
  const casablanca = filmography(page).getByRole('listitem').filter({ hasText: 'Casablanca' })
  await expect(casablanca).toContainText('Director')
  await casablanca.getByRole('link', { name: 'Casablanca' }).click()
  await expect(page).toHaveURL('/films/casablanca-1942')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Casablanca (1942)')
})

test("Orson Welles's films filter by role, the role in the link", async ({ page }) => {
  await page.goto('/people/orson-welles')
  await expect(page.getByText(/^Actor and director, \d+ films/)).toBeVisible()
  await page.getByRole('combobox', { name: 'Role' }).selectOption({ label: 'Director' })
  await expect(page).toHaveURL('/people/orson-welles?role=director')
  await expect(filmography(page).getByRole('link')).toHaveText([
    'Citizen Kane',
    'The Magnificent Ambersons',
    'Touch of Evil',
  ])
  await page.reload()
  await expect(filmography(page).getByRole('listitem')).toHaveCount(3)
})

test('the site search finds a director who never acted, by name', async ({ page }) => {
  await page.goto('/')
  await page.getByLabel('Search films and people').fill('michael curtiz')
  const people = page
    .getByRole('listbox', { name: 'Search results' })
    .getByRole('group', { name: 'People' })
  await expect(people.getByRole('option').first()).toHaveText('Michael Curtiz6 films')
  await people.getByRole('option').first().click()
  await expect(page).toHaveURL('/people/michael-curtiz')
})

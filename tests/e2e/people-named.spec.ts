import type { Page } from '@playwright/test'
import { expect, test } from './fixtures.ts'

/** The people a fan would name (issue 27): each film with the person who made it, once. */

const filmography = (page: Page) => page.getByRole('list', { name: 'Films' })

test("Lon Chaney Jr.'s page lists The Mummy's Ghost (1944), and his father's ends in 1930", async ({
  page,
}) => {
  await page.goto('/people/lon-chaney-jr')
  await expect(page.getByRole('heading', { level: 1, name: 'Lon Chaney Jr.' })).toBeVisible()
  await expect(filmography(page).getByRole('link', { name: "The Mummy's Ghost" })).toBeVisible()
  await expect(filmography(page).getByRole('link', { name: 'House of Dracula' })).toBeVisible()

  await page.goto('/people/lon-chaney')
  await expect(page.getByRole('heading', { level: 1, name: 'Lon Chaney' })).toBeVisible()
  await expect(page.getByText(/^\d+ films, 1915–1930$/)).toBeVisible()
  await expect(filmography(page).getByRole('link', { name: "The Mummy's Ghost" })).toHaveCount(0)
})

test("Dick Powell's filmography has Murder, My Sweet once", async ({ page }) => {
  await page.goto('/people/dick-powell')
  await expect(page.getByRole('heading', { level: 1, name: 'Dick Powell' })).toBeVisible()
  await expect(filmography(page).getByRole('link', { name: 'Murder, My Sweet' })).toHaveCount(1)
})

test('the Marx Brothers page says it is a group', async ({ page }) => {
  await page.goto('/people/marx-brothers')
  await expect(page.getByRole('heading', { level: 1, name: 'Marx Brothers' })).toBeVisible()
  await expect(page.getByText('A group, credited in 10 films, 1921–1950')).toBeVisible()
})

import { expect, test } from './fixtures.ts'

// What the catalog works out of itself (issue 28): links from a film's trivia
// to other films, and from its overview to the browse views.

test('a trivia link to another film of the same title opens that film', async ({ page }) => {
  await page.goto('/films/a-star-is-born-1954/trivia?kind=title')
  const fact = page.getByRole('article', { name: 'Same title 1' })
  await expect(fact).toContainText('Worked out from Wikipedia’s film lists.')
  await fact.getByRole('link', { name: 'A Star Is Born (1937)' }).click()
  await expect(page).toHaveURL('/films/a-star-is-born-1937')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('A Star Is Born (1937)')
})

test('a genre link on the overview opens its browse view', async ({ page }) => {
  await page.goto('/films/casablanca-1942')
  const onward = page.getByRole('navigation', { name: 'More films' })
  await onward.getByRole('link', { name: 'Romance' }).click()
  await expect(page).toHaveURL('/catalog/romance/year/1')
  await expect(page.getByRole('combobox', { name: 'Genre' })).toHaveValue('Romance')
})

test('more like this leads from Casablanca to a film it shares people with', async ({ page }) => {
  await page.goto('/films/casablanca-1942')
  const onward = page.getByRole('navigation', { name: 'More films' })
  // The second list: the first is the browse links.
  const first = onward.getByRole('list').nth(1).getByRole('listitem').first()
  await expect(first).toHaveText(
    'Passage to Marseille (1944), with Humphrey Bogart, Claude Rains and Peter Lorre',
  )
  await first.getByRole('link').click()
  await expect(page).toHaveURL('/films/passage-to-marseille-1944')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Passage to Marseille (1944)')
})

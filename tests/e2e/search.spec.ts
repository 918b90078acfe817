import type { Page } from '@playwright/test'
import { expect, test } from './fixtures.ts'

const box = (page: Page) => page.getByLabel('Search films and people', { exact: true })
const list = (page: Page) => page.getByRole('listbox', { name: 'Search results' })

test('from the home page to a person with the keyboard alone: "/", type, arrow down, Enter', async ({
  page,
}) => {
  await page.goto('/')
  await page.keyboard.press('/')
  await expect(box(page)).toBeFocused()
  await page.keyboard.type('cher')
  await expect(
    list(page).getByRole('group', { name: 'People' }).getByRole('option').first(),
  ).toHaveText('Cher16 films')
  await page.keyboard.press('ArrowDown')
  await expect(list(page).getByRole('option').first()).toHaveAttribute('aria-selected', 'true')
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL('/people/cher')
  await expect(page.getByRole('heading', { level: 1, name: 'Cher' })).toBeFocused()
})

test('the obvious answers come first', async ({ page }) => {
  await page.goto('/')
  const first = (group: string) =>
    list(page).getByRole('group', { name: group }).getByRole('option').first()
  const cases: Array<[query: string, group: string, answer: RegExp]> = [
    ['moonstruck', 'Films', /^Moonstruck1987/],
    ['casablanca', 'Films', /^Casablanca1942/],
    ['lon chaney', 'People', /^Lon Chaney\d+ films$/],
    ['zoe saldana', 'People', /^Zoe Saldana/],
    ['carmen 1915', 'Films', /^Carmen \(.+\)1915/],
    ['godfater', 'Films', /^The Godfather1972/],
    // Issue 29: the film a fan means, before its remakes, sequels and re-releases.
    ['halloween', 'Films', /^Halloween1978/],
    ['king kong', 'Films', /^King Kong1933/],
    ['12 angry men', 'Films', /^12 Angry Men1957/],
    ['toy story', 'Films', /^Toy Story1995/],
    ['star w', 'Films', /^Star Wars1977/],
    ['et', 'Films', /^E\.T\. the Extra-Terrestrial1982/],
    ['9 to 5', 'Films', /^Nine to Five1980/],
    ['godfather 2', 'Films', /^The Godfather Part II1974/],
  ]
  for (const [query, group, answer] of cases) {
    await box(page).fill(query)
    await expect(first(group), query).toHaveText(answer)
  }
  // The two Carmens of 1915 both come before any other Carmen.
  await box(page).fill('carmen 1915')
  await expect(
    list(page).getByRole('group', { name: 'Films' }).getByRole('option').nth(1),
  ).toHaveText(/^Carmen \(.+\)1915/)
})

test('Enter opens the results page, whose URL opens the same results in a new tab', async ({
  page,
  browser,
}) => {
  await page.goto('/')
  await box(page).fill('treasure island')
  await expect(list(page).getByRole('option').first()).toContainText('Treasure Island')
  await box(page).press('Enter')
  await expect(page).toHaveURL('/search?q=treasure+island')
  const films = page.getByRole('region', { name: 'Films' }).getByRole('listitem')
  // Nine films of the title, the two of 1972 told apart ("Treasure Island (animated)").
  await expect(films.filter({ hasText: /^Treasure Island( \([^)]+\))?\d{4}/ })).toHaveCount(9)

  const other = await browser.newPage()
  await other.goto(page.url())
  await expect(other.getByRole('heading', { level: 1 })).toHaveText('Results for “treasure island”')
  await expect(
    other
      .getByRole('region', { name: 'Films' })
      .getByRole('listitem')
      .filter({ hasText: /^Treasure Island( \([^)]+\))?\d{4}/ }),
  ).toHaveCount(9)
  await other.close()
})

test('a query that names two people offers the films they share', async ({ page }) => {
  await page.goto('/search?q=cher%20nicolas%20cage')
  const together = page.getByRole('region', { name: 'Films with Cher and Nicolas Cage' })
  await expect(together.getByRole('link')).toHaveText(['Moonstruck'])
})

test('a fresh results page comes with its results: it loads no engine, manifest or shard until the reader types', async ({
  page,
}) => {
  const asked: string[] = []
  page.on('request', (request) => asked.push(new URL(request.url()).pathname))
  // The fixture's console guard fails the test on any error, a hydration mismatch included.
  await page.goto('/search?q=moonstruck')
  const films = page.getByRole('region', { name: 'Films' })
  await expect(films.getByRole('link', { name: 'Moonstruck' })).toBeVisible()
  await expect(page.getByRole('status').filter({ hasText: /film/ })).toHaveText(/^\d+ films?/)
  expect(asked.filter((path) => /search-run|\/data\/search\//.test(path))).toEqual([])
  // Typing on searches in the browser, as before.
  await page.getByLabel('Search films and people', { exact: true }).fill('mask')
  await expect(page).toHaveURL('/search?q=mask')
  await expect(films.getByRole('link', { name: 'Mask', exact: true })).toBeVisible()
  expect(asked).toContain('/data/search/manifest.json')
})

test('a results page asks for none of the search’s files on a page that is not the search’s', async ({
  page,
}) => {
  const asked: string[] = []
  page.on('request', (request) => asked.push(new URL(request.url()).pathname))
  await page.goto('/no-such-page')
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  expect(asked.filter((path) => /search-run|\/data\/search\//.test(path))).toEqual([])
})

test('browse: a decade and a genre, a link that reopens them, and Back through the choices', async ({
  page,
  browser,
}) => {
  await page.goto('/')
  await page.getByRole('combobox', { name: 'Decade' }).selectOption('1980s')
  await expect(page).toHaveURL('/catalog/1980s/title/1')
  await page.getByRole('combobox', { name: 'Genre' }).selectOption('Science Fiction')
  await expect(page).toHaveURL('/catalog/1980s-science-fiction/title/1')
  await page.getByRole('link', { name: 'Newest first' }).click()
  await expect(page).toHaveURL('/catalog/1980s-science-fiction/year/1')
  const summary = page.getByText(/films, Science Fiction, 1980s, newest first\. Page 1 of \d+/)
  await expect(summary).toBeVisible()
  const firstTitle = await page.getByRole('heading', { level: 2 }).first().textContent()

  const other = await browser.newPage()
  await other.goto(page.url())
  await expect(other.getByRole('heading', { level: 2 }).first()).toHaveText(firstTitle ?? '')
  await expect(other.getByRole('combobox', { name: 'Genre' })).toHaveValue('Science Fiction')
  await other.close()

  await page.goBack()
  await expect(page).toHaveURL('/catalog/1980s-science-fiction/title/1')
  await page.goBack()
  await expect(page).toHaveURL('/catalog/1980s/title/1')
  await expect(page.getByRole('combobox', { name: 'Genre' })).toHaveValue('')
  await page.goBack()
  await expect(page).toHaveURL('/')
  await expect(page.getByRole('combobox', { name: 'Decade' })).toHaveValue('')
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('a browse link shows its films, and the search box is a form for the results page', async ({
    page,
  }) => {
    await page.goto('/catalog/1980s-drama/year/1')
    await expect(page.getByText(/films, Drama, 1980s, newest first/)).toBeVisible()
    await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible()
    await expect(page.locator('form[role="search"][action="/search"]')).toHaveCount(1)
  })

  test('the results page holds its results, and its box asks the server for the next query', async ({
    page,
  }) => {
    await page.goto('/search?q=casablanca')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Results for “casablanca”')
    await expect(page.getByRole('region', { name: 'Films' }).getByRole('link').first()).toHaveText(
      'Casablanca',
    )
    const box = page.getByLabel('Search films and people', { exact: true })
    await expect(box).toHaveValue('casablanca')
    await box.fill('cher')
    await box.press('Enter')
    await expect(page).toHaveURL('/search?q=cher')
    await expect(page.getByRole('region', { name: 'People' }).getByRole('link').first()).toHaveText(
      'Cher',
    )
  })

  test('a query with no results, and one with nothing to search by, say so', async ({ page }) => {
    await page.goto('/search?q=zzqzzq')
    await expect(page.getByText('Nothing matches “zzqzzq”.')).toBeVisible()
    await page.goto('/search?q=%21%3F%20%21')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Search')
    await expect(page.getByText('Type a title or a name.')).toBeVisible()
    await page.goto('/search')
    await expect(page.getByText('Type a title or a name.')).toBeVisible()
  })
})

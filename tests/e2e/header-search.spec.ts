import { expect, test } from './fixtures.ts'

// The site's search is in the header of every page (src/app/root-layout.tsx).
test('from a film page to a person with the keyboard alone: "/", a name, Enter', async ({
  page,
}) => {
  await page.goto('/films/casablanca-1942')
  await page.keyboard.press('/')
  const box = page.getByLabel('Search films and people', { exact: true })
  await expect(box).toBeFocused()
  await page.keyboard.type('humphrey bogart')
  const list = page.getByRole('listbox', { name: 'Search results' })
  await expect(list.getByRole('group', { name: 'People' }).getByRole('option').first()).toHaveText(
    /^Humphrey Bogart/,
  )
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL('/people/humphrey-bogart')
  await expect(page.getByRole('heading', { level: 1, name: 'Humphrey Bogart' })).toBeFocused()
})

test('the header search is one landmark on every kind of page, and gives way on the results page', async ({
  page,
}) => {
  for (const url of ['/', '/films/mask-1985/cast', '/people/cher']) {
    await page.goto(url)
    await expect(page.getByRole('search')).toHaveCount(1)
    await expect(page.getByLabel('Search films and people', { exact: true })).toBeVisible()
  }
  await page.goto('/search?q=mask')
  await expect(page.getByRole('search')).toHaveCount(1)
  await expect(page.getByLabel('Search films and people', { exact: true })).toHaveValue('mask')
})

test("the box's focus asks for the list's code, the engine and its manifest at once, and nothing waits on a chain of imports", async ({
  page,
}) => {
  await page.goto('/people/cher')
  await page.locator('html[data-ready]').waitFor({ state: 'attached' })
  // The page names every file a first search needs, inert until the focus (build/prerender.ts).
  const named = await page
    .locator('template#search-files')
    .evaluate((template: HTMLTemplateElement) =>
      // Read as written: the template's inert document has no base URL.
      [...template.content.querySelectorAll('link')].map((link) => link.getAttribute('href')),
    )
  expect(named).toContain('/data/search/manifest.json')
  const asked: string[] = []
  page.on('request', (request) => asked.push(new URL(request.url()).pathname))
  await page.getByLabel('Search films and people', { exact: true }).focus()
  await expect(page.getByRole('combobox', { name: 'Search films and people' })).toBeVisible()
  await expect.poll(() => asked).toContain('/data/search/manifest.json')
  // Every file the list and the engine load was named by the page, so the
  // browser asked for them all at the focus, not one import after another.
  // The first focus anywhere also loads the link warmer (src/app/start-app.tsx),
  // which loads the data boundary: neither is the search's.
  const search = asked.filter((path) =>
    /site-search|search-run|use-search|\/data\/search\//.test(path),
  )
  expect(search.length).toBeGreaterThan(1)
  for (const path of search) expect(named).toContain(path)
  expect(asked.filter((path) => path.startsWith('/data/search/'))).toEqual([
    '/data/search/manifest.json',
  ])
})

test.describe('on a phone', () => {
  test.use({ viewport: { width: 360, height: 740 } })

  test('the header search opens its list over the page, not cut off', async ({ page }) => {
    await page.goto('/people/cher')
    const box = page.getByLabel('Search films and people', { exact: true })
    await box.fill('mask')
    const list = page.getByRole('listbox', { name: 'Search results' })
    await expect(list.getByRole('option').first()).toBeVisible()
    const listBox = await list.boundingBox()
    expect(listBox && listBox.x >= 0 && listBox.x + listBox.width <= 360).toBe(true)
  })
})

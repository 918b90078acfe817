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

test("the box's focus asks for the list's code, the engine and its manifest, and nothing waits on a chain of imports", async ({
  page,
}) => {
  await page.goto('/people/cher')
  await page.locator('html[data-ready]').waitFor({ state: 'attached' })
  const asked: string[] = []
  page.on('request', (request) => asked.push(new URL(request.url()).pathname))
  await page.getByLabel('Search films and people', { exact: true }).focus()
  await expect(page.getByRole('combobox', { name: 'Search films and people' })).toBeVisible()
  await expect.poll(() => asked).toContain('/data/search/manifest.json')
  // The first file the box loads names every other file of code the list
  // and the engine need (vite.config.ts, preloadImports), so the browser
  // asks for them all at once as it arrives, not one import after another.
  // The first focus anywhere also loads the link warmer (src/app/start-app.tsx),
  // which loads the data boundary: neither is the search's.
  const namedBy = async (path: string) =>
    [...(await (await page.request.get(path)).text()).matchAll(/["'`]\.\/([\w-]+\.js)["'`]/g)].map(
      (match) => `/assets/${match[1]}`,
    )
  const warmer = asked.find((path) => path.includes('/warm-on-intent-'))
  const warmers = warmer ? [warmer, ...(await namedBy(warmer))] : []
  const scripts = asked.filter((path) => path.endsWith('.js') && !warmers.includes(path))
  const first = scripts.find((path) => /\/assets\/site-search-start-[\w-]+\.js$/.test(path))
  expect(first, `the box's first file among ${scripts.join(', ')}`).toBeDefined()
  const named = await namedBy(first ?? '')
  for (const script of scripts.filter((path) => path !== first)) expect(named).toContain(script)
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

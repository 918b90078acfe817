import { expect, test } from './fixtures.ts'
import { ROUTES } from './routes.ts'

test.describe('with JavaScript disabled', () => {
  test.use({ javaScriptEnabled: false })

  // The search's results too: the server renders them (ADR 20).
  for (const [name, path] of ROUTES.filter(([name]) => name !== 'not-found')) {
    test(`${name} shows its content from the HTML alone`, async ({ page }) => {
      // The rich films and the catalog's first pages are prerendered; the
      // server renders the others on request (docs/adr/0009-films-at-scale.md).
      await page.goto(path)
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
      await expect(page.getByRole('main')).not.toBeEmpty()
    })
  }

  test('the first catalog page links every other view as a plain link', async ({ page }) => {
    await page.goto('/')
    // The cards' titles (the well-known films above them have a heading of their own).
    await expect(page.getByRole('listitem').getByRole('heading', { level: 2 })).toHaveCount(100)
    const pages = page.getByRole('navigation', { name: 'Pages' })
    await expect(pages.getByRole('link', { name: 'Next' })).toHaveAttribute(
      'href',
      '/catalog/title/2',
    )
    await expect(pages.getByRole('link', { name: 'Page 363' })).toHaveAttribute(
      'href',
      '/catalog/title/363',
    )
    await expect(page.getByRole('link', { name: 'Newest first' })).toHaveAttribute(
      'href',
      '/catalog/year/1',
    )
    const jumps = page.getByRole('navigation', { name: 'Jump to' })
    await expect(jumps.getByRole('link', { name: 'M', exact: true })).toHaveAttribute(
      'href',
      '/catalog/title/146#m-1951',
    )
  })

  test('the cast page holds all 15 credits and its title', async ({ page }) => {
    await page.goto('/films/mask-1985/cast')
    await expect(page).toHaveTitle('Cast · Mask (1985)')
    await expect(page.getByRole('rowheader')).toHaveCount(15)
  })
})

test('each page carries its title, a description and Open Graph tags', async ({ request }) => {
  const html = await (await request.get('/films/mask-1985/trivia')).text()
  expect(html).toContain('<title>Trivia · Mask (1985)</title>')
  expect(html).toMatch(/<meta name="description" content="Did you know\? 3 pieces of trivia/)
  expect(html).toContain('<meta property="og:title" content="Trivia · Mask (1985)" />')
  expect(html).toMatch(/<meta property="og:description" content="[^"]+" \/>/)
  expect(html.match(/<title>/g)).toHaveLength(1)
})

test('a description is one line, whole when short, cut at a word when long', async ({
  request,
}) => {
  const description = async (path: string) => {
    const html = await (await request.get(path)).text()
    return /<meta name="description" content="([^"]*)"/.exec(html)?.[1] ?? ''
  }
  // Mask's overview: its logline, whole. (Paragraphs joined into one line
  // are unit-tested in src/lib/format.test.ts: no real film page has a
  // storyline of several paragraphs and no logline.)
  expect(await description('/films/mask-1985')).toBe(
    'A boy with a massive facial skull deformity and biker gang mother attempts to live as normal a life as possible under the circumstances.',
  )
  // Harold Lloyd's 190 films make a sentence longer than a line.
  const long = await description('/people/harold-lloyd')
  expect(long).toMatch(/^Harold Lloyd: 190 films from 1913 to 1947, among them .*\S…$/)
  expect(long).not.toMatch(/\s{2}|\n/)
  expect(long.length).toBeLessThanOrEqual(160)
})

test('a deep link with a search shows the right view once scripts run, without warnings', async ({
  page,
}) => {
  // The console guard fails this test on any hydration warning.
  await page.goto('/films/mask-1985/cast?q=dennis&sort=actor')
  await expect(page.getByRole('rowheader')).toHaveText(['Dennis Burkley', 'Cher', 'Eric Stoltz'])
  await expect(page.getByRole('searchbox', { name: 'Search the cast' })).toHaveValue('dennis')
  await expect(page.locator('html')).not.toHaveAttribute('data-url-state')
  await expect(page).toHaveTitle('Cast · Mask (1985)')
  expect(await page.evaluate(() => document.querySelectorAll('title').length)).toBe(1)
})

test('a search typed and a sort chosen before the app has loaded are kept', async ({ page }) => {
  // The page's scripts are held back until the reader has used the fields of
  // the prerendered HTML (on a slow phone, that window lasts seconds).
  let release = () => {}
  const held = new Promise<void>((resolve) => (release = resolve))
  await page.route('**/assets/*.js', async (route) => {
    await held
    await route.continue()
  })
  // The frame's own goto: the fixture's page.goto waits for the app, which is held.
  await page.mainFrame().goto('/films/mask-1985/cast')
  await page.getByRole('combobox', { name: 'Sort by' }).selectOption('actor')
  await page.getByRole('searchbox', { name: 'Search the cast' }).fill('dennis')
  await expect(page.locator('html')).not.toHaveAttribute('data-ready')
  release()

  await expect(page.locator('html')).toHaveAttribute('data-ready')
  await expect(page.getByRole('rowheader')).toHaveText(['Dennis Burkley', 'Cher', 'Eric Stoltz'])
  await expect(page.getByRole('searchbox', { name: 'Search the cast' })).toHaveValue('dennis')
  await expect(page.getByRole('combobox', { name: 'Sort by' })).toHaveValue('actor')
  await expect
    .poll(() => Object.fromEntries(new URL(page.url()).searchParams))
    .toEqual({ q: 'dennis', sort: 'actor' })
})

test('a permalink to a prerendered page highlights its item after hydration', async ({ page }) => {
  await page.goto('/films/mask-1985/trivia#goof-1')
  await expect(page.getByRole('article', { name: 'Goof 1' })).toHaveClass(/is-target/)
})

test.describe('paths with no prerendered page', () => {
  test.use({ allowedConsoleErrors: [/Failed to load resource.*404/] })

  test('an unknown film renders not-found from the app shell', async ({ page }) => {
    await page.goto('/films/no-such-film/trivia?kind=goof')
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible()
  })
})

test('a page has one URL: its other forms redirect to it and hydrate without an error', async ({
  page,
}) => {
  // Served as they were, these hydrated Mask's page into "Page not found"
  // with React's error #418 (the console guard fails the test on it).
  for (const [from, to, heading] of [
    ['/films/mask-1985/index.html', '/films/mask-1985', 'Mask'],
    ['/films/mask-1985/cast/?q=dennis', '/films/mask-1985/cast?q=dennis', 'Mask'],
    ['/index.html', '/', 'Films'],
  ] as const) {
    const response = await page.goto(from)
    expect(response?.request().redirectedFrom()?.url()).toMatch(/\/(index\.html|cast\/\?q=dennis)$/)
    await expect(page).toHaveURL(to)
    await expect(page.getByRole('heading', { level: 1 })).toContainText(heading)
    await expect(page.getByRole('heading', { name: 'Page not found' })).toHaveCount(0)
  }
})

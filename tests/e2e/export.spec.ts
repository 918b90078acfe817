import { execFileSync } from 'node:child_process'
import { readdirSync } from 'node:fs'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { resolve } from 'node:path'
import { createStaticHost } from '../../build/export/static-host.ts'
import { FILM_SECTIONS, filmPath, personPath, sectionPath } from '../../contract/routes.ts'
import { expect, test } from './fixtures.ts'

/**
 * The static export (docs/adr/0018-static-export.md) of a slice of the
 * catalog, served by a plain static host that honours its `_redirects`,
 * `_headers` and 404.html as Netlify or Cloudflare Pages would.
 */
const OUT = resolve('test-results/export-slice')
const SLICE = 150

let host: Server
let origin = ''
let films: string[] = []
let people: string[] = []

test.describe.configure({ mode: 'serial' })

test.beforeAll(async () => {
  test.setTimeout(180_000)
  execFileSync('npx', ['tsx', 'cli/export.ts', '--slice', String(SLICE), '--out', OUT], {
    stdio: 'pipe',
  })
  films = readdirSync(resolve(OUT, 'films')).sort()
  people = readdirSync(resolve(OUT, 'people')).sort()
  host = createStaticHost(OUT)
  await new Promise<void>((done) => host.listen(0, '127.0.0.1', done))
  origin = `http://127.0.0.1:${(host.address() as AddressInfo).port}`
})

test.afterAll(() => new Promise<void>((done) => (host ? host.close(() => done()) : done())))

test('every film, tab, person and catalog page of the slice answers 200, an unknown one 404', async ({
  request,
}) => {
  expect(films).toHaveLength(SLICE)
  expect(people).toHaveLength(SLICE)
  const pages = [
    '/',
    '/catalog/year/1',
    '/search',
    ...films.flatMap((id) => FILM_SECTIONS.map((section) => sectionPath(id, section))),
    ...people.map((id) => personPath(id)),
  ]
  const statuses = await Promise.all(
    pages.map(async (path) => [path, (await request.get(origin + path)).status()] as const),
  )
  expect(statuses.filter(([, status]) => status !== 200)).toEqual([])
  for (const path of [
    '/films/no-such-film-1900',
    '/films/no-such-film-1900/cast',
    '/people/nobody-at-all',
    '/no/such/page',
  ]) {
    const response = await request.get(origin + path)
    expect(response.status(), path).toBe(404)
    // A 404 keeps every security header, as the server's does.
    expect(response.headers()['content-security-policy'], path).toContain("default-src 'self'")
  }
  const redirect = await request.get(`${origin}/catalog/title/1`, { maxRedirects: 0 })
  expect(redirect.status()).toBe(308)
  expect(redirect.headers().location).toBe('/')
})

test.describe('with JavaScript disabled', () => {
  test.use({ javaScriptEnabled: false })

  test('a film page and its tabs show the film from the HTML alone', async ({ page }) => {
    const film = films[0] ?? ''
    for (const section of FILM_SECTIONS) {
      await page.goto(origin + sectionPath(film, section))
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
      await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
        'href',
        new RegExp(`${filmPath(film)}$`),
      )
    }
    await page.goto(origin + personPath(people[0] ?? ''))
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  })
})

test('with JavaScript, a film opens from the catalog from its data pack, and its tabs follow', async ({
  page,
}) => {
  await page.goto(`${origin}/`)
  // A card of a film the slice holds (the catalog lists the whole catalog's).
  const hrefs = await page
    .getByRole('main')
    .getByRole('link')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''))
  const film = films.find((id) => hrefs.includes(filmPath(id))) ?? ''
  expect(film, 'a film of the slice on the first catalog page').not.toBe('')
  const pack = page.waitForResponse((response) =>
    /\/data\/films\/packs\/[0-9a-f]+\.json$/.test(response.url()),
  )
  await page
    .locator(`main a[href="${filmPath(film)}"]`)
    .first()
    .click()
  await expect(page).toHaveURL(origin + filmPath(film))
  expect((await pack).status()).toBe(200)
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await page.getByRole('link', { name: 'Cast', exact: true }).click()
  await expect(page).toHaveURL(`${origin}${filmPath(film)}/cast`)
  await expect(page.getByRole('link', { name: 'Cast', exact: true })).toHaveAttribute(
    'aria-current',
    'page',
  )
})

test('with JavaScript, a tab answered with its film’s page shows that tab', async ({ page }) => {
  const film = films[0] ?? ''
  await page.goto(`${origin}${filmPath(film)}/trivia`)
  await expect(page.getByRole('link', { name: 'Trivia', exact: true })).toHaveAttribute(
    'aria-current',
    'page',
  )
  await expect(page).toHaveTitle(/^Trivia · /)
})

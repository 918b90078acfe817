import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { copyBuild, deployer, secondVersion } from './deploy.ts'
import { expect, test } from './fixtures.ts'

/**
 * A deploy under an open tab. The build is served from a folder of its own
 * on a port of its own (a worker belongs to its origin), then replaced by a
 * second version of it in which every script and style has a new name
 * (tests/e2e/deploy.ts).
 */
const PORT = 4391
const { serve, stop } = deployer(PORT)

test.use({ serviceWorkers: 'allow', baseURL: `http://127.0.0.1:${PORT}` })
test.describe.configure({ mode: 'serial' })

let root: string

test.beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'film-explorer-deploy-'))
  copyBuild(join(root, 'v1'))
  secondVersion(join(root, 'v2'))
  const sw = readFileSync(join(root, 'v2', 'sw.js'), 'utf8')
  expect(sw).toContain('-v2.js')
  expect(sw).toContain('url:"shell.html",revision:"v2"')
  await serve(join(root, 'v1'))
})

test.afterAll(async () => {
  await stop()
  rmSync(root, { recursive: true, force: true })
})

async function controlled(page: Page) {
  await page.waitForFunction(() => Boolean(navigator.serviceWorker.controller), undefined, {
    timeout: 20_000,
  })
}

/**
 * The worker saves a page's data files as the page loads (public/pwa.js);
 * deploying before that is done would cut a request off in mid-flight, which
 * the console reports as a failed load.
 */
async function dataSaved(page: Page) {
  await page.waitForFunction(async () => {
    const meta = document.querySelector<HTMLMetaElement>('meta[name="page-data"]')
    const urls = meta?.content.split(' ') ?? []
    const saved = await Promise.all(urls.map((url) => caches.match(url)))
    return urls.length > 0 && saved.every(Boolean)
  })
}

/** Scripts and styles of version 2 that the page has loaded. */
const newCode = (page: Page) =>
  page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((entry) => entry.name)
      .filter((name) => name.includes('-v2.')),
  )

test('an open tab keeps working across a deploy, and the new version takes over on its next navigation', async ({
  page,
  context,
}) => {
  test.slow()
  await page.goto('/')
  await controlled(page)
  const other = await context.newPage()
  await other.goto('/films/mask-1985')
  await controlled(other)
  await dataSaved(page)
  await dataSaved(other)

  await serve(join(root, 'v2'))
  // A tab asks for the worker's script when it comes back into view and
  // hourly; here, at once.
  await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()))
  const notice = page.getByRole('status').filter({ hasText: 'A new version of Film Explorer' })
  await expect(notice).toBeVisible()
  await expect(notice.getByRole('button', { name: 'Reload' })).toBeVisible()
  await expect(notice.getByRole('button', { name: 'Not now' })).toBeVisible()
  const axe = await new AxeBuilder({ page })
    .include('.update-notice')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze()
  expect(axe.violations.map((violation) => violation.id)).toEqual([])

  // Still version 1, and still working: the search's code, never loaded
  // before and gone from the server, comes from the old worker's cache.
  await page.getByLabel('Search films and people', { exact: true }).fill('cher')
  const cher = page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first()
  await expect(cher).toHaveText('Cher16 films')
  await cher.click()
  await expect(page.getByRole('heading', { level: 1, name: 'Cher' })).toBeVisible()
  expect(await newCode(page)).toEqual([])
  await expect(page.locator('meta[name="deploy"]')).toHaveCount(0)

  // The next navigation by a link loads version 2 whole.
  await page.getByRole('link', { name: 'Moonstruck' }).first().click()
  // The page waits for the new worker to take over (up to 3 s) before it goes.
  await expect(page).toHaveURL('/films/moonstruck-1987', { timeout: 15_000 })
  await expect(page.locator('meta[name="deploy"]')).toHaveCount(1)
  await expect(page.getByRole('heading', { level: 1, name: 'Moonstruck (1987)' })).toBeVisible()
  expect((await newCode(page)).length).toBeGreaterThan(0)
  await expect(notice).toHaveCount(0)
  expect(
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration()
      return { waiting: Boolean(registration?.waiting), active: Boolean(registration?.active) }
    }),
  ).toEqual({ waiting: false, active: true })

  // The other tab was told too, and its next navigation takes version 2,
  // though the worker that served its code is gone.
  await expect(other.getByRole('status').filter({ hasText: 'Film Explorer' })).toBeVisible()
  await expect(other.locator('meta[name="deploy"]')).toHaveCount(0)
  await other.getByRole('link', { name: 'Cast', exact: true }).click()
  await expect(other.locator('meta[name="deploy"]')).toHaveCount(1)
  await expect(other.getByRole('row', { name: /Florence 'Rusty' Dennis/ })).toBeVisible()
})

import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { copyBuild, DIST, deployer, secondVersion } from './deploy.ts'
import { expect, test } from './fixtures.ts'

/**
 * Code and data from one deploy: a tab opened on build A, the server
 * switched to build B (another build id in its code and in its server's
 * X-Build-Id), and the tab's next client-side navigation. B's data must
 * never be rendered with A's code (build/build-id.ts).
 */
const PORT = 4392
const { serve, stop } = deployer(PORT)
const B = 'b0b0b0b0b0b0'

test.use({ baseURL: `http://127.0.0.1:${PORT}` })
test.describe.configure({ mode: 'serial' })

let root: string
let idOfA = ''
const A = () => idOfA

test.beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'film-explorer-deploy-data-'))
  const { id } = JSON.parse(readFileSync(join(DIST, 'build.json'), 'utf8')) as { id: string }
  idOfA = id
  copyBuild(join(root, 'a'))
  // Build A's code stays on the server, so the tab's next route loads: only its data is B's.
  secondVersion(join(root, 'b'), { buildId: { from: id, to: B }, keepOldAssets: true })
  expect(readFileSync(join(root, 'b', 'build.json'), 'utf8')).toContain(B)
})

test.afterAll(async () => {
  await stop()
  rmSync(root, { recursive: true, force: true })
})

const deployed = (page: Page) => page.locator('meta[name="deploy"]')

async function openOnA(page: Page) {
  await serve(join(root, 'a'))
  await page.goto('/films/mask-1985')
  await expect(page.getByRole('heading', { level: 1, name: 'Mask (1985)' })).toBeVisible()
  await serve(join(root, 'b'))
}

test('a tab on build A shows the update notice, not build B’s data, and Reload opens B whole', async ({
  page,
}) => {
  await openOnA(page)
  const asked: string[] = []
  page.on('response', (response) => {
    if (response.url().includes('/data/people/cher.json')) {
      asked.push(response.headers()['x-build-id'] ?? '')
    }
  })
  await page.getByRole('link', { name: 'Cher', exact: true }).first().click()
  await expect(page).toHaveURL('/people/cher')
  await expect(
    page.getByRole('heading', { level: 1, name: 'A new version of Film Explorer is ready' }),
  ).toBeVisible()
  // The data came, from B, and was not shown.
  expect(asked).toEqual([B])
  await expect(page.getByRole('heading', { name: /Cher/ })).toHaveCount(0)
  await expect(page.getByRole('link', { name: 'Moonstruck' })).toHaveCount(0)
  await expect(deployed(page)).toHaveCount(0)

  await page.getByRole('button', { name: 'Reload' }).click()
  await expect(deployed(page)).toHaveCount(1)
  await expect(page.getByRole('heading', { level: 1, name: 'Cher' })).toBeVisible()
  // B's code reads B's data on a client-side navigation too.
  await page.getByRole('link', { name: 'Moonstruck' }).first().click()
  await expect(page.getByRole('heading', { level: 1, name: 'Moonstruck (1987)' })).toBeVisible()
})

test('the search of a tab on build A says it must reload, and lists nothing of build B', async ({
  page,
}) => {
  await serve(join(root, 'a'))
  await page.goto('/')
  await serve(join(root, 'b'))
  await page.getByLabel('Search films and people', { exact: true }).fill('cher')
  await expect(page.getByRole('status').filter({ hasText: 'Search is not available' })).toHaveText(
    /updated since this page was opened.*Reload the page to search the new version/,
  )
  // Only the way to the results page, which a reload would open in B.
  await expect(
    page.getByRole('listbox', { name: 'Search results' }).getByRole('option'),
  ).toHaveText(['All results for “cher”'])
})

test.describe('with the service worker', () => {
  test.use({ serviceWorkers: 'allow' })

  test('build A’s worker keeps no data file of build B', async ({ page }) => {
    test.slow()
    await serve(join(root, 'a'))
    await page.goto('/films/mask-1985')
    await page.waitForFunction(() => Boolean(navigator.serviceWorker.controller), undefined, {
      timeout: 20_000,
    })
    // A's own data is kept, as the reader reads it.
    await page.getByRole('link', { name: 'Cher', exact: true }).first().click()
    await expect(page.getByRole('heading', { level: 1, name: 'Cher' })).toBeVisible()
    const cached = () =>
      page.evaluate(async () => {
        const cache = await caches.open('film-explorer-data')
        const keys = await cache.keys()
        return Promise.all(
          keys.map(async (request) => {
            const response = await cache.match(request)
            return `${new URL(request.url).pathname} ${response?.headers.get('x-build-id')}`
          }),
        )
      })
    await expect.poll(cached).toContain(`/data/people/cher.json ${A()}`)

    await serve(join(root, 'b'))
    await page.getByRole('link', { name: 'Moonstruck' }).first().click()
    await expect(
      page.getByRole('heading', { level: 1, name: 'A new version of Film Explorer is ready' }),
    ).toBeVisible()
    const kept = await cached()
    expect(kept.some((entry) => entry.includes('moonstruck'))).toBe(false)
    expect(kept.every((entry) => entry.endsWith(A()))).toBe(true)
  })
})

import type { Page } from '@playwright/test'
import { expect, test } from './fixtures.ts'

/**
 * A reader's visit with the service worker on (the other specs block it):
 * what they opened reloads with the network cut, what they did not says it
 * needs the connection and opens by itself when it is back.
 */
test.use({ serviceWorkers: 'allow' })

/** Waits until the worker is installed and controls the page, as after a first visit's load. */
async function controlled(page: Page) {
  await page.waitForFunction(() => Boolean(navigator.serviceWorker.controller), undefined, {
    timeout: 20_000,
  })
}

/** The URLs, without the origin, that a cache of the page's origin holds. */
function cached(page: Page, name: string): Promise<string[]> {
  return page.evaluate(async (cacheName) => {
    const cache = await caches.open(cacheName)
    return (await cache.keys()).map((request) => new URL(request.url).pathname)
  }, name)
}

/** What the error view says to do offline. */
const RETRY_OFFLINE =
  'It will load by itself when you are back online, or press Retry once you are.'

test.describe('offline', () => {
  // The unvisited film's data, which the browser reports failing to fetch.
  test.use({
    allowedConsoleErrors: [/^Failed to load resource: net::ERR_(FAILED|INTERNET_DISCONNECTED)$/],
  })

  test('a film, a person and a search reload offline; an unvisited film says it needs the connection, then loads', async ({
    page,
    context,
  }) => {
    test.slow()
    // 1. Online: a film (prerendered, so it fetched no data), a person, a search.
    await page.goto('/films/mask-1985')
    await controlled(page)
    // The rendered page's own data file is cached once the worker controls it.
    await expect
      .poll(() => cached(page, 'film-explorer-data'))
      .toContain('/data/films/mask-1985.json')
    await page.getByRole('link', { name: 'Cher', exact: true }).first().click()
    await expect(page.getByRole('heading', { level: 1, name: 'Cher' })).toBeVisible()
    await page.goto('/search?q=moonstruck')
    await expect(page.getByRole('link', { name: 'Moonstruck' }).first()).toBeVisible()

    // 2. The network goes.
    await context.setOffline(true)

    await page.goto('/films/mask-1985')
    await expect(page.getByRole('heading', { level: 1, name: 'Mask (1985)' })).toBeVisible()
    // Its sections too: the same data file, the code precached.
    await page.getByRole('link', { name: 'Cast', exact: true }).click()
    await expect(page.getByRole('row', { name: /Florence 'Rusty' Dennis/ })).toBeVisible()

    await page.goto('/people/cher')
    await expect(page.getByRole('heading', { level: 1, name: 'Cher' })).toBeVisible()
    await expect(page.getByRole('link', { name: 'Moonstruck' }).first()).toBeVisible()

    await page.goto('/search?q=moonstruck')
    await expect(page.getByRole('link', { name: 'Moonstruck' }).first()).toBeVisible()

    // 3. A film never opened: the app's own message, then the film once online.
    await page.goto('/films/airplane-1980')
    await expect(
      page.getByRole('heading', { level: 1, name: 'The film could not be loaded' }),
    ).toBeVisible()
    await expect(
      page.getByText('You are offline, and no copy is saved on this device.'),
    ).toBeVisible()
    await expect(page.getByText(RETRY_OFFLINE)).toBeVisible()
    await context.setOffline(false)
    await expect(page.getByRole('heading', { level: 1, name: 'Airplane! (1980)' })).toBeVisible()
  })

  test('offline, the search answers only the query it can; an unvisited person says what failed and how to retry', async ({
    page,
    context,
  }) => {
    test.slow()
    await page.goto('/')
    await controlled(page)
    // The header's box: a search field that becomes a combobox once focused.
    const box = page.getByLabel('Search films and people')
    const list = page.getByRole('listbox', { name: 'Search results' })
    const status = page.getByRole('search').getByRole('status')
    await box.fill('casablanca')
    await expect(list.getByRole('option', { name: /^Casablanca 1942/ })).toBeVisible()

    await context.setOffline(true)
    // A query whose shards were never read: the offline message, and no
    // answers to the last query under it.
    await box.fill('godfather')
    await expect(status).toContainText('The search index could not be loaded.')
    await expect(status).toContainText('You are offline, and no copy is saved on this device.')
    await expect(status).toContainText('this one runs by itself when you are back online')
    await expect(list.getByRole('option')).toHaveText(['All results for “godfather”'])
    // One whose shards the worker kept answers in full.
    await box.fill('casablanc')
    await expect(list.getByRole('option', { name: /^Casablanca 1942/ })).toBeVisible()
    // Back to the one it cannot answer: never the other query's list.
    await box.fill('godfather')
    await expect(status).toContainText('You are offline')
    await expect(list.getByRole('option', { name: /Casablanc/ })).toHaveCount(0)
    await context.setOffline(false)
    await expect(list.getByRole('option', { name: /^The Godfather 1972/ })).toBeVisible()

    // A person never opened, offline: what failed, why, and how to retry.
    await context.setOffline(true)
    await page.goto('/people/humphrey-bogart')
    await expect(
      page.getByRole('heading', { level: 1, name: 'The person could not be loaded' }),
    ).toBeVisible()
    await expect(
      page.getByText('You are offline, and no copy is saved on this device.'),
    ).toBeVisible()
    await expect(page.getByText(RETRY_OFFLINE)).toBeVisible()
    await expect(page.getByRole('button', { name: 'Retry' })).toBeEnabled()
    await context.setOffline(false)
    await expect(page.getByRole('heading', { level: 1, name: /Humphrey Bogart/ })).toBeVisible()
  })
})

test('the worker precaches the code but never a page, and caches only the data read', async ({
  page,
}) => {
  await page.goto('/')
  await controlled(page)
  const names = await page.evaluate(() => caches.keys())
  const precache = names.find((name) => name.startsWith('workbox-precache'))
  expect(precache).toBeDefined()
  const precached = await cached(page, precache ?? '')
  expect(precached).toContain('/shell.html')
  expect(precached.some((path) => /^\/assets\/core-.+\.js$/.test(path))).toBe(true)
  // No page's HTML and none of the 71,000 data files are precached.
  expect(precached.filter((path) => path.startsWith('/data/'))).toEqual([])
  expect(precached.filter((path) => path.endsWith('.html'))).toEqual(['/shell.html'])
  await page.goto('/films/mask-1985/cast')
  // Read through the worker, as a page's script would.
  await page.evaluate(() => fetch('/sitemap.xml').then((response) => response.text()))
  const all = await page.evaluate(async () => {
    const out: string[] = []
    for (const name of await caches.keys()) {
      if (name.startsWith('workbox-precache')) continue
      const cache = await caches.open(name)
      for (const request of await cache.keys()) out.push(new URL(request.url).pathname)
    }
    return out
  })
  expect(all.filter((path) => !path.startsWith('/data/'))).toEqual([])
})

test('a first visit registers the worker from its inline script and loads pwa.js only on its next page', async ({
  page,
}) => {
  const asked: string[] = []
  page.on('request', (request) => asked.push(new URL(request.url()).pathname))
  await page.goto('/films/mask-1985')
  await controlled(page)
  // The first install fetched the page's own data through the worker.
  await expect
    .poll(() => cached(page, 'film-explorer-data'))
    .toContain('/data/films/mask-1985.json')
  expect(asked).not.toContain('/pwa.js')
  expect(asked).not.toContain('/boot.js')
  // A returning reader's page: its update notices' code, from the worker's cache.
  const pwa = page.waitForResponse((response) => response.url().endsWith('/pwa.js'))
  await page.reload()
  expect((await pwa).fromServiceWorker()).toBe(true)
})

test('the app can be installed: a manifest with icons', async ({ page, request }) => {
  await page.goto('/')
  const href = await page.locator('link[rel="manifest"]').getAttribute('href')
  const manifest = (await (await request.get(href ?? '')).json()) as {
    name: string
    start_url: string
    display: string
    icons: Array<{ src: string; sizes: string; purpose?: string }>
  }
  expect(manifest).toMatchObject({ name: 'Film Explorer', start_url: '/', display: 'standalone' })
  expect(manifest.icons.map((icon) => icon.sizes)).toEqual(
    expect.arrayContaining(['192x192', '512x512']),
  )
  expect(manifest.icons.some((icon) => icon.purpose === 'maskable')).toBe(true)
  for (const icon of manifest.icons) {
    const response = await request.get(icon.src)
    expect(response.status(), icon.src).toBe(200)
  }
})

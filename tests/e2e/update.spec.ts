import { cpSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs'
import { symlinkSync, writeFileSync } from 'node:fs'
import type { Server } from 'node:http'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { createStaticServer } from '../../scripts/server/static-server.ts'
import { expect, test } from './fixtures.ts'

/**
 * A deploy under an open tab. The build is served from a folder of its own
 * on a port of its own (a worker belongs to its origin), then replaced by a
 * second version of it in which every script and style has a new name, as a
 * real deploy's hashes would, and the old names are gone from the server.
 */
const PORT = 4391
const DIST = resolve('dist')
const MARK = '<meta name="deploy" content="v2" />'

test.use({ serviceWorkers: 'allow', baseURL: `http://127.0.0.1:${PORT}` })
test.describe.configure({ mode: 'serial' })

let root: string
let server: Server | null = null

/** The build without its 71,000 data files, which both versions share. */
function copyBuild(to: string) {
  cpSync(DIST, to, {
    recursive: true,
    filter: (source) => source !== join(DIST, 'data') && !/\.(br|gz)$/.test(source),
  })
  symlinkSync(join(DIST, 'data'), join(to, 'data'))
}

function textFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(html|js|css)$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((path) => !path.startsWith(join(dir, 'data')))
}

/** Version 2: every asset renamed, every reference to it rewritten, the pages marked. */
function secondVersion(to: string) {
  copyBuild(to)
  const renames = readdirSync(join(to, 'assets'))
    .filter((name) => /\.(js|css)$/.test(name))
    .map((name) => [name, name.replace(/\.(js|css)$/, '-v2.$1')] as const)
  for (const [from, next] of renames) renameSync(join(to, 'assets', from), join(to, 'assets', next))
  for (const file of textFiles(to)) {
    let text = readFileSync(file, 'utf8')
    for (const [from, next] of renames) text = text.split(`/${from}`).join(`/${next}`)
    if (file.endsWith('.html')) text = text.replace('<head>', `<head>\n    ${MARK}`)
    // The shell's content changed, so its precache revision does.
    if (file.endsWith('sw.js')) {
      text = text.replace(/(url:"shell\.html",revision:")[^"]+"/, '$1v2"')
    }
    writeFileSync(file, text)
  }
}

async function serve(dir: string) {
  if (server) {
    server.closeAllConnections()
    await new Promise((done) => server?.close(done))
  }
  server = createStaticServer(dir, { fallback: 'shell.html', notFound: '404.html', log: () => {} })
  await new Promise<void>((done) => server?.listen(PORT, '127.0.0.1', done))
}

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
  server?.closeAllConnections()
  await new Promise((done) => server?.close(done))
  rmSync(root, { recursive: true, force: true })
})

async function controlled(page: Page) {
  await page.waitForFunction(() => Boolean(navigator.serviceWorker.controller), undefined, {
    timeout: 20_000,
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
  await page.getByRole('combobox', { name: 'Search films and people' }).fill('cher')
  const cher = page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first()
  await expect(cher).toHaveText('Cher16 films')
  await cher.click()
  await expect(page.getByRole('heading', { level: 1, name: 'Cher' })).toBeVisible()
  expect(await newCode(page)).toEqual([])
  await expect(page.locator('meta[name="deploy"]')).toHaveCount(0)

  // The next navigation by a link loads version 2 whole.
  await page.getByRole('link', { name: 'Moonstruck' }).first().click()
  await expect(page).toHaveURL('/films/moonstruck-1987')
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

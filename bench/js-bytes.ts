import { gzipSync } from 'node:zlib'
import type { Browser } from '@playwright/test'

/**
 * The JavaScript a fresh visit to `url` runs: every script response and
 * every inline script in the page (its boot steps), each counted as its
 * gzip -9 size, in a new browser context (empty cache).
 */
export async function measureJsBytes(browser: Browser, url: string, readySelector?: string) {
  const context = await browser.newContext()
  const page = await context.newPage()
  const bodies: Promise<Buffer>[] = []
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') bodies.push(response.body())
  })
  await page.goto(url)
  // A prerendered page loads its scripts after it has painted: wait until the
  // app has taken over (where it says so), then until nothing more is on its way.
  if (readySelector)
    await page.locator(readySelector).waitFor({ state: 'attached', timeout: 30_000 })
  await page.waitForLoadState('networkidle')
  // Data blocks (application/ld+json, the hydration JSON) never run.
  const inline = await page.$$eval('script:not([src])', (scripts: HTMLScriptElement[]) =>
    scripts
      .filter((script) => ['', 'text/javascript', 'module'].includes(script.type))
      .map((script) => script.textContent ?? ''),
  )
  const sizes = await Promise.all([
    ...bodies.map(async (body) => gzipSync(await body, { level: 9 }).length),
    ...inline.map((text) => gzipSync(text, { level: 9 }).length),
  ])
  await context.close()
  return { bytes: sizes.reduce((sum, size) => sum + size, 0), files: sizes.length }
}

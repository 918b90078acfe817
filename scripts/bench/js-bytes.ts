import { gzipSync } from 'node:zlib'
import type { Browser } from '@playwright/test'

/**
 * The JavaScript a fresh visit to `url` loads: every script response, each
 * counted as its gzip -9 size, in a new browser context (empty cache).
 */
export async function measureJsBytes(browser: Browser, url: string) {
  const context = await browser.newContext()
  const page = await context.newPage()
  const bodies: Promise<Buffer>[] = []
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') bodies.push(response.body())
  })
  await page.goto(url, { waitUntil: 'networkidle' })
  const sizes = await Promise.all(
    bodies.map(async (body) => gzipSync(await body, { level: 9 }).length),
  )
  await context.close()
  return { bytes: sizes.reduce((sum, size) => sum + size, 0), files: sizes.length }
}

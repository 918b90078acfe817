import { join } from 'node:path'
import { expect, test } from './fixtures.ts'

const ROUTES = [
  ['catalog', '/'],
  ['overview', '/films/mask-1985'],
  ['cast', '/films/mask-1985/cast'],
  ['cast-search', '/films/mask-1985/cast?q=dennis&sort=actor'],
  ['trivia', '/films/mask-1985/trivia'],
  ['reviews', '/films/mask-1985/reviews'],
  ['not-found', '/no/such/page'],
  ['sample-overview', '/films/the-sample-lighthouse-1979'],
  ['sample-trivia', '/films/the-sample-lighthouse-1979/trivia'],
  ['minimal-reviews', '/films/sample-minimal-film-2003/reviews'],
] as const

for (const width of [360, 1280]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 800 } })

    for (const [name, path] of ROUTES) {
      test(`${name} fits the width and is kept as a screenshot`, async ({ page }, testInfo) => {
        await page.goto(path)
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        )
        expect(overflow, 'no horizontal scrolling').toBeLessThanOrEqual(0)
        await page.screenshot({
          path: join(testInfo.project.outputDir, '..', 'screenshots', `${name}-${width}.png`),
          fullPage: true,
        })
      })
    }
  })
}

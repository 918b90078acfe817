import { join } from 'node:path'
import { expect, test } from './fixtures.ts'
import { ROUTES } from './routes.ts'

// Every kind of page at the narrowest phone we support, a common phone and a
// laptop, in both themes: each must fit its width, and is kept as a
// screenshot (test-results/screenshots) to look at after a change.
for (const width of [320, 360, 1280]) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test.describe(`at ${width} px, ${colorScheme}`, () => {
      test.use({ viewport: { width, height: 800 }, colorScheme })

      for (const [name, path] of ROUTES) {
        test(`${name} fits the width and is kept as a screenshot`, async ({ page }, testInfo) => {
          await page.goto(path)
          await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
          const overflow = await page.evaluate(
            () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
          )
          expect(overflow, 'no horizontal scrolling').toBeLessThanOrEqual(0)
          const file = `${name}-${width}${colorScheme === 'dark' ? '-dark' : ''}.png`
          await page.screenshot({
            path: join(testInfo.project.outputDir, '..', 'screenshots', file),
            fullPage: true,
          })
        })
      }
    })
  }
}

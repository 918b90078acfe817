import { join } from 'node:path'
import { expect, test } from './fixtures.ts'
import { ROUTES } from './routes.ts'

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

test.describe('dark mode at 360 px', () => {
  test.use({ viewport: { width: 360, height: 800 }, colorScheme: 'dark' })

  for (const [name, path] of ROUTES.filter(([name]) =>
    ['catalog', 'cast-search', 'trivia'].includes(name),
  )) {
    test(`${name} is kept as a screenshot`, async ({ page }, testInfo) => {
      await page.goto(path)
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
      await page.screenshot({
        path: join(testInfo.project.outputDir, '..', 'screenshots', `${name}-360-dark.png`),
        fullPage: true,
      })
    })
  }
})

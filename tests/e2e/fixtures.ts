import { expect, test as base, type Page } from '@playwright/test'

const PAGE_404 = 'Failed to load resource: the server responded with a status of 404 (Not Found)'

interface Options {
  /** Console errors a test provokes on purpose (a 404 it asked for, say). */
  allowedConsoleErrors: RegExp[]
}

/**
 * Every page a test opens is watched: an uncaught exception or a console error
 * that the test did not expect fails it.
 */
export const test = base.extend<Options & { consoleGuard: undefined }>({
  allowedConsoleErrors: [[], { option: true }],
  // A prerendered page shows its content before its scripts run; a click then
  // would do nothing. Navigations wait until the app has taken over (as a
  // reader would, a moment later), unless JavaScript is off. A reader's
  // pointer is on the page before it reaches a link, which loads the code
  // that follows links in the app (docs/adr/0021-plain-links.md); a click in
  // the first milliseconds would load its page, as without JavaScript.
  page: async ({ page, javaScriptEnabled }, use) => {
    if (javaScriptEnabled !== false) {
      const ready = async () => {
        await page.locator('html[data-ready]').waitFor({ state: 'attached' })
        await page.mouse.move(1, 1)
        await page.locator('html[data-following]').waitFor({ state: 'attached' })
      }
      const goto = page.goto.bind(page)
      const reload = page.reload.bind(page)
      page.goto = async (...args) => {
        const response = await goto(...args)
        await ready()
        return response
      }
      page.reload = async (...args) => {
        const response = await reload(...args)
        await ready()
        return response
      }
    }
    await use(page)
  },
  consoleGuard: [
    async ({ context, allowedConsoleErrors }, use) => {
      const problems: string[] = []
      // A page answered with 404 (an unknown path: the server says so) is
      // logged once by the browser itself; that line is the status, not a fault.
      let notFoundPages = 0
      context.on('response', (response) => {
        if (response.request().resourceType() === 'document' && response.status() === 404) {
          notFoundPages += 1
        }
      })
      context.on('console', (message) => {
        const text = message.text()
        if (message.type() !== 'error' && message.type() !== 'warning') return
        if (allowedConsoleErrors.some((pattern) => pattern.test(text))) return
        if (notFoundPages > 0 && text === PAGE_404) {
          notFoundPages -= 1
          return
        }
        // Playwright's own note where the config blocks service workers (see playwright.config.ts).
        if (text === 'Service Worker registration blocked by Playwright') return
        problems.push(`console.${message.type()}: ${text}`)
      })
      context.on('weberror', (error) => problems.push(`uncaught: ${error.error().message}`))
      await use(undefined)
      expect(problems, 'the browser console stays clean').toEqual([])
    },
    { auto: true },
  ],
})

export { expect }

/**
 * Serves `film` as the data file of the film `id`, which the build does not
 * have. The server answers such a film's pages with a 404 and the app
 * shell; a test about how the app shows a film the server does know takes
 * that shell with a 200, as a real film's page would come.
 */
export async function serveFakeFilm(page: Page, id: string, film: unknown) {
  await page.route(`**/data/films/${id}.json`, (route) => route.fulfill({ json: film }))
  await answerAsKnownFilm(page, id)
}

/** The film `id`'s pages come with a 200, as if the server knew it (see serveFakeFilm). */
export async function answerAsKnownFilm(page: Page, id: string) {
  await page.route(
    (url) => url.pathname === `/films/${id}` || url.pathname.startsWith(`/films/${id}/`),
    async (route) => {
      if (route.request().resourceType() !== 'document') return route.fallback()
      return route.fulfill({ response: await route.fetch(), status: 200 })
    },
  )
}

import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures.ts'
import { LIST_FILM } from './routes.ts'

/** The states that matter, each reached the way a user would reach it. */
const STATES: ReadonlyArray<readonly [name: string, open: (page: Page) => Promise<void>]> = [
  ['catalog', (page) => page.goto('/').then(() => undefined)],
  ['catalog, a page by year', (page) => page.goto('/catalog/year/2').then(() => undefined)],
  ['overview', (page) => page.goto('/films/mask-1985').then(() => undefined)],
  ['cast', (page) => page.goto('/films/mask-1985/cast').then(() => undefined)],
  [
    'cast, search with results',
    (page) => page.goto('/films/mask-1985/cast?q=dennis').then(() => undefined),
  ],
  [
    'cast, search with none',
    (page) => page.goto('/films/mask-1985/cast?q=zzz').then(() => undefined),
  ],
  [
    'trivia, filters applied',
    (page) => page.goto('/films/mask-1985/trivia?kind=goof&q=the').then(() => undefined),
  ],
  [
    'trivia, permalink',
    (page) => page.goto('/films/mask-1985/trivia#quote-1').then(() => undefined),
  ],
  ['reviews', (page) => page.goto('/films/mask-1985/reviews').then(() => undefined)],
  ['reviews, empty', (page) => page.goto(`/films/${LIST_FILM}/reviews`).then(() => undefined)],
  ['person', (page) => page.goto('/people/cher').then(() => undefined)],
  [
    'person, filtered',
    (page) => page.goto('/people/harrison-ford?decade=1910s&q=the').then(() => undefined),
  ],
  ['person, filters with no film', (page) => page.goto('/people/cher?q=zzz').then(() => undefined)],
  [
    'catalog, search list open',
    async (page) => {
      await page.goto('/')
      const box = page.getByLabel('Search films and people', { exact: true })
      await box.fill('cher')
      await expect(page.getByRole('option', { name: /^Cher/ }).first()).toBeVisible()
      await box.press('ArrowDown')
      await expect(box).toHaveAttribute('aria-activedescendant', /.+/)
    },
  ],
  [
    'film page, header search list open',
    async (page) => {
      await page.goto(`/films/${LIST_FILM}`)
      const box = page.getByLabel('Search films and people', { exact: true })
      await box.fill('bogart')
      await expect(page.getByRole('option', { name: /^Humphrey Bogart/ }).first()).toBeVisible()
      await box.press('ArrowDown')
      await expect(box).toHaveAttribute('aria-activedescendant', /.+/)
    },
  ],
  ['catalog, oldest first', (page) => page.goto('/catalog/oldest/2').then(() => undefined)],
  [
    'catalog, a letter jumped to',
    async (page) => {
      await page.goto('/')
      await page
        .getByRole('navigation', { name: 'Jump to' })
        .getByRole('link', { name: 'M' })
        .click()
      await expect(page).toHaveURL(/#/)
    },
  ],
  [
    'search results',
    async (page) => {
      await page.goto('/search?q=treasure%20island')
      await expect(page.getByRole('region', { name: 'Films' })).toBeVisible()
    },
  ],
  [
    'search results, two people',
    async (page) => {
      await page.goto('/search?q=cher%20nicolas%20cage')
      await expect(page.getByRole('link', { name: 'Moonstruck' })).toBeVisible()
    },
  ],
  [
    'search, nothing found',
    async (page) => {
      await page.goto('/search?q=zzzzqq')
      await expect(page.getByText('Nothing matches “zzzzqq”.')).toBeVisible()
    },
  ],
  [
    'browse, a decade and a genre',
    (page) => page.goto('/catalog/1980s-drama/year/2').then(() => undefined),
  ],
  ['not-found', (page) => page.goto('/no/such/page').then(() => undefined)],
  [
    'error view',
    async (page) => {
      await page.route('**/data/films/mask-1985.json', (route) =>
        route.fulfill({ status: 200, contentType: 'application/json', body: '{"broken": true}' }),
      )
      await page.goto('/films/mask-1985')
    },
  ],
]

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`axe, ${scheme} scheme`, () => {
    test.use({ colorScheme: scheme })

    for (const [name, open] of STATES) {
      test(`${name} has no violations`, async ({ page }) => {
        await open(page)
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
        const results = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
          .analyze()
        const summary = results.violations.map(
          (v) =>
            `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
        )
        expect(summary).toEqual([])
      })
    }
  })
}

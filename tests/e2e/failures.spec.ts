import type { Page, Route } from '@playwright/test'
import { readFileSync } from 'node:fs'
import { answerAsKnownFilm, expect, test } from './fixtures.ts'
import { MASK_CATALOG_PAGE } from './routes.ts'

const FILM_FILE = '**/data/films/mask-1985.json'
const REAL_FILM = readFileSync('src/test/data/films/mask-1985.json', 'utf8')
const withFilm = (change: (film: Record<string, unknown>) => void) => {
  const film = JSON.parse(REAL_FILM) as Record<string, unknown>
  change(film)
  return JSON.stringify(film)
}

/**
 * A response held back until the test has seen the loading state: a fixed
 * delay races the checks on a loaded machine (the state can come and go
 * between two polls).
 */
function holdResponse() {
  let release = () => {}
  const until = new Promise<void>((resolve) => (release = resolve))
  return { until, release: () => release() }
}

interface Failure {
  readonly name: string
  readonly answer: (route: Route) => Promise<void> | void
  readonly message: string | RegExp
  /** Requests the app makes before it gives up (the retry policy). */
  readonly attempts: number
}

const FAILURES: Failure[] = [
  {
    name: 'HTTP 500',
    answer: (route) => route.fulfill({ status: 500, body: 'Internal error' }),
    message: 'The server answered with an error (HTTP 500).',
    attempts: 3,
  },
  {
    name: 'the network down',
    answer: (route) => route.abort('internetdisconnected'),
    message: 'Could not reach the server. Check your connection.',
    attempts: 3,
  },
  {
    name: 'truncated JSON',
    answer: (route) =>
      route.fulfill({ contentType: 'application/json', body: REAL_FILM.slice(0, 2000) }),
    message: 'The data file is not valid JSON; it may have been cut short.',
    attempts: 1,
  },
  {
    name: 'an HTML page instead of JSON',
    answer: (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: '<!doctype html><title>Oops</title><h1>Service unavailable</h1>',
      }),
    message: 'The server sent a web page instead of the data file.',
    attempts: 1,
  },
  {
    name: 'an empty body',
    answer: (route) => route.fulfill({ contentType: 'application/json', body: '' }),
    message: 'The data file is empty.',
    attempts: 1,
  },
  {
    name: 'valid JSON of the wrong shape',
    answer: (route) =>
      route.fulfill({
        contentType: 'application/json',
        body: withFilm((film) => {
          ;(film.cast as Array<Record<string, unknown>>).splice(2, 1, { id: 'cast-3', actor: 42 })
        }),
      }),
    message: /The data file is malformed at cast\[2\]\.actor/,
    attempts: 1,
  },
  {
    name: 'a file holding another film',
    answer: (route) =>
      route.fulfill({
        contentType: 'application/json',
        body: withFilm((film) => (film.id = 'another-film')),
      }),
    message: 'The data file holds the film “another-film”, not “mask-1985”.',
    attempts: 1,
  },
  {
    name: 'a 20 MB file',
    answer: (route) =>
      route.fulfill({
        contentType: 'application/json',
        body: `{"padding":"${'x'.repeat(20 * 1024 * 1024)}"}`,
      }),
    message: 'The data file is too large to open (20.0 MB; the limit is 12.0 MB).',
    attempts: 1,
  },
]

/** From the catalog's page that lists Mask to Mask, whose file is fetched. */
async function openMaskFromCatalog(page: Page) {
  await page.goto(MASK_CATALOG_PAGE)
  await page.getByRole('link', { name: 'Mask', exact: true }).click()
}

test.describe('a failed data load', () => {
  test.use({ allowedConsoleErrors: [/Failed to load resource/] })

  for (const failure of FAILURES) {
    test(`${failure.name}: says so, and Retry recovers once the cause is gone`, async ({
      page,
    }) => {
      let requests = 0
      await page.route(FILM_FILE, (route) => {
        requests += 1
        return failure.answer(route)
      })
      await openMaskFromCatalog(page)
      await expect(page.getByRole('heading', { name: 'The film could not be loaded' })).toBeVisible(
        { timeout: 15_000 },
      )
      await expect(page.getByText(failure.message)).toBeVisible()
      expect(requests).toBe(failure.attempts)

      await page.unrouteAll({ behavior: 'ignoreErrors' })
      await page.getByRole('button', { name: 'Retry' }).click()
      await expect(page.getByRole('heading', { level: 1, name: 'Mask (1985)' })).toBeVisible()
      await page.getByRole('link', { name: 'Cast', exact: true }).click()
      await expect(page.getByRole('rowheader')).toHaveCount(15)
    })
  }

  // A missing film file is an unknown film (src/features/film/film-layout.tsx): no Retry.
  test('HTTP 404: says the page is not found, with a way home', async ({ page }) => {
    await page.route(FILM_FILE, (route) => route.fulfill({ status: 404, body: 'Not found' }))
    await openMaskFromCatalog(page)
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible()
    await expect(page.getByText('There is no film with the id “mask-1985”.')).toBeVisible()
    await page.getByRole('link', { name: 'Go to the home page' }).click()
    await expect(page).toHaveURL('/')
  })

  test('a stalled response: gives up after 15 s and says so', async ({ page }) => {
    test.setTimeout(60_000)
    let requests = 0
    // Never answered.
    await page.route(FILM_FILE, () => void (requests += 1))
    await openMaskFromCatalog(page)
    await expect(page.getByText('The server took longer than 15 seconds to answer.')).toBeVisible({
      timeout: 20_000,
    })
    expect(requests).toBe(1)
    await page.unrouteAll({ behavior: 'ignoreErrors' })
    await page.getByRole('button', { name: 'Retry' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Mask (1985)' })).toBeVisible()
  })

  test('the rest of the app keeps working while one film fails', async ({ page }) => {
    await page.route(FILM_FILE, (route) => route.fulfill({ status: 500 }))
    await openMaskFromCatalog(page)
    await expect(page.getByText(/HTTP 500/)).toBeVisible({ timeout: 15_000 })
    await page.getByRole('link', { name: 'Go to the home page' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Films' })).toBeVisible()
    await page.getByRole('link', { name: '1 More Hit', exact: true }).click()
    await expect(page.getByRole('heading', { level: 1, name: '1 More Hit (2007)' })).toBeVisible()
    await page.getByRole('link', { name: 'Trivia', exact: true }).click()
    await expect(page.getByRole('heading', { level: 2, name: 'Trivia' })).toBeVisible()
  })

  test('route code that fails to download: says so, and Reload recovers', async ({ page }) => {
    await page.goto('/films/mask-1985')
    await page.route('**/assets/trivia-route-*.js', (route) => route.abort('connectionreset'))
    await page.getByRole('link', { name: 'Trivia', exact: true }).click()
    // The film is loaded: its header and tabs stay, and the section says what failed.
    await expect(
      page.getByRole('heading', { level: 2, name: 'This section could not be downloaded' }),
    ).toBeVisible()
    await expect(page.getByText('Part of the app could not be downloaded.')).toBeVisible()
    await expect(page.getByRole('heading', { level: 1, name: 'Mask (1985)' })).toBeVisible()
    await expect(page.getByRole('link', { name: 'Trivia', exact: true })).toHaveAttribute(
      'aria-current',
      'page',
    )
    await page.unrouteAll({ behavior: 'ignoreErrors' })
    await page.getByRole('button', { name: 'Reload' }).click()
    await expect(page).toHaveURL(/\/films\/mask-1985\/trivia$/)
    await expect(page.getByRole('heading', { level: 2, name: 'Trivia' })).toBeVisible()
  })
})

test.describe('the network cut in the middle of browsing', () => {
  test.use({ allowedConsoleErrors: [/Failed to load resource/] })

  test('a film not yet loaded says the reader is offline, and opens when the network is back', async ({
    page,
    context,
  }) => {
    await openMaskFromCatalog(page)
    await expect(page.getByRole('heading', { level: 1, name: 'Mask (1985)' })).toBeVisible()
    await context.setOffline(true)
    // What is already loaded keeps working: the catalog page Mask was opened from.
    await page.goBack()
    await expect(page.getByRole('heading', { level: 1, name: 'Films' })).toBeVisible()
    await page.getByRole('link', { name: 'Masked and Anonymous', exact: true }).click()
    // The error view's own code was never needed before, so cannot be
    // downloaded now: its stand-in says so. (The error view's offline message
    // is tested in src/app/routes.test.tsx.)
    await expect(page.getByRole('alert')).toContainText('you are offline')
    await expect(page.getByRole('alert')).toContainText(
      'It will open by itself when you are back online.',
    )

    await context.setOffline(false)
    await expect(
      page.getByRole('heading', { level: 1, name: 'Masked and Anonymous (2003)' }),
    ).toBeVisible()
  })

  test('a section whose code was never downloaded says so, and opens when the network is back', async ({
    page,
    context,
  }) => {
    await page.goto('/films/mask-1985')
    await context.setOffline(true)
    await page.getByRole('link', { name: 'Reviews', exact: true }).click()
    await expect(page.getByRole('alert')).toContainText(
      'This section could not be shown: you are offline.',
    )
    // Only the section failed: the film's header and tabs stay.
    await expect(page.getByRole('heading', { level: 1, name: 'Mask (1985)' })).toBeVisible()
    await expect(page.getByRole('link', { name: 'Cast', exact: true })).toBeVisible()
    await context.setOffline(false)
    await expect(page.getByRole('heading', { level: 2, name: 'Reviews' })).toBeVisible()
    await expect(page).toHaveURL(/\/films\/mask-1985\/reviews$/)
  })
})

test.describe('slow data', () => {
  test('shows a busy loading state, then the content replaces it', async ({ page }) => {
    const held = holdResponse()
    await page.route(FILM_FILE, async (route) => {
      await held.until
      await route.continue()
    })
    await openMaskFromCatalog(page)
    await expect(page.locator('main')).toHaveAttribute('aria-busy', 'true')
    // In words a reader sees, not only a 3 px bar or a screen reader's text…
    const message = page.getByRole('status').filter({ hasText: 'Loading…' })
    await expect(message).toBeVisible()
    expect((await message.locator('.progress__text').boundingBox())?.width).toBeGreaterThan(60)
    // …at the link that was followed, which shows a spinner…
    const link = page.getByRole('link', { name: 'Mask', exact: true })
    await expect(link).toHaveClass(/\bpending\b/)
    await expect
      .poll(() => link.evaluate((a) => getComputedStyle(a, '::after').visibility))
      .toBe('visible')
    // …and in the view: the old page fades, so it is not taken for the new one.
    await expect
      .poll(() => page.locator('main').evaluate((main) => getComputedStyle(main).opacity))
      .toBe('0.55')
    held.release()
    await expect(page.getByRole('heading', { level: 1, name: 'Mask (1985)' })).toBeVisible({
      timeout: 10_000,
    })
    await expect(page.locator('main')).toHaveAttribute('aria-busy', 'false')
    await expect(page.getByRole('status').filter({ hasText: 'Loading…' })).toHaveCount(0)
  })

  test('without motion, the progress bar stands still', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' })
    const held = holdResponse()
    await page.route(FILM_FILE, async (route) => {
      await held.until
      await route.continue()
    })
    await openMaskFromCatalog(page)
    const bar = page.locator('.progress__bar')
    await expect(bar).toHaveCount(1)
    // Neither the bar nor what it draws moves.
    expect(
      await bar.evaluate((el) => [
        getComputedStyle(el).animationName,
        getComputedStyle(el, '::before').animationName,
      ]),
    ).toEqual(['none', 'none'])
    held.release()
  })

  test('a deep link to a film that must be fetched shows a busy state first', async ({ page }) => {
    const film = withFilm((data) => (data.id = 'slow-film'))
    const held = holdResponse()
    await answerAsKnownFilm(page, 'slow-film')
    await page.route('**/data/films/slow-film.json', async (route) => {
      await held.until
      await route.fulfill({ contentType: 'application/json', body: film })
    })
    await page.goto('/films/slow-film', { waitUntil: 'commit' }).catch(() => undefined)
    const loading = page.getByRole('status').filter({ hasText: 'Loading film…' })
    await expect(loading).toBeVisible()
    await expect(loading).toHaveAttribute('aria-busy', 'true')
    held.release()
    await expect(page.getByRole('heading', { level: 1, name: 'Mask (1985)' })).toBeVisible({
      timeout: 10_000,
    })
    await expect(loading).toHaveCount(0)
  })
})

test.describe('automatic retries', () => {
  test.use({ allowedConsoleErrors: [/Failed to load resource/] })

  test('says it is retrying while the automatic retries run', async ({ page }) => {
    let requests = 0
    await page.route(FILM_FILE, (route) =>
      (requests += 1) === 1 ? route.fulfill({ status: 500 }) : route.continue(),
    )
    await openMaskFromCatalog(page)
    await expect(
      page.getByRole('status').filter({
        hasText: 'The server did not answer. Trying again (attempt 2 of 3)…',
      }),
    ).toBeVisible()
    await expect(page.getByRole('heading', { level: 1, name: 'Mask (1985)' })).toBeVisible()
    await expect(page.getByRole('status').filter({ hasText: 'Trying again' })).toHaveCount(0)
  })
})

import type { Page } from '@playwright/test'
import { readFileSync } from 'node:fs'
import { expect, serveFakeFilm, test } from './fixtures.ts'

const MASK = 'Mask (1985)'
const NOT_FOUND = 'Page not found'

/** [what, URL, the page heading a reader should see] */
const HOSTILE_URLS: Array<[string, string, string]> = [
  ['malformed percent-encoding in the query', '/films/mask-1985/cast?q=%E0%A4%A&sort=%', MASK],
  ['malformed percent-encoding in the path', '/films/%E0%A4%A/cast', NOT_FOUND],
  ['a 10,000-character query', `/films/mask-1985/cast?q=${'a'.repeat(10_000)}`, MASK],
  ['a 10,000-character film id', `/films/${'a'.repeat(10_000)}`, NOT_FOUND],
  [
    'prototype-ish keys',
    '/films/mask-1985/trivia?__proto__=x&constructor=y&prototype=z&kind=__proto__&q=constructor',
    MASK,
  ],
  ['__proto__ as the film id', '/films/__proto__/reviews', NOT_FOUND],
  ['unknown param values', '/films/mask-1985/reviews?min=Infinity&sort=NaN&min=-1', MASK],
  ['unknown sort and kind', '/films/mask-1985/trivia?kind=goofz&kind=&sort=up', MASK],
  ['an emoji query', `/films/mask-1985/cast?q=${encodeURIComponent('🎬🧑🏽‍🤝‍🧑🏻')}`, MASK],
  [
    'a right-to-left query',
    `/films/mask-1985/cast?q=${encodeURIComponent('مرحبا \u202Eevil')}`,
    MASK,
  ],
  ['combining marks', `/films/mask-1985/cast?q=${encodeURIComponent('E\u0301LLIOT\u0308T')}`, MASK],
  ['a NUL byte and markup in the query', '/films/mask-1985/cast?q=%00%3Cscript%3E', MASK],
  ['an unknown film id', '/films/no-such-film/trivia', NOT_FOUND],
  ['an unknown item permalink', '/films/mask-1985/trivia#trivia-99999', MASK],
  ['a permalink with markup', '/films/mask-1985/reviews#%3Cimg%20src=x%3E', MASK],
  ['a malformed permalink', '/films/mask-1985/cast#%E0%A4%A', MASK],
  ['an unknown path', '/films/mask-1985/cast/extra/../../x', NOT_FOUND],
  ['an unknown catalog order', '/catalog/__proto__/1', NOT_FOUND],
  ['a catalog page with a leading zero', '/catalog/year/01', NOT_FOUND],
  ['a catalog page in scientific notation', '/catalog/title/1e3', NOT_FOUND],
  ['a catalog page far past the last', '/catalog/title/999999', NOT_FOUND],
  ['a catalog page number of 5,000 digits', `/catalog/title/${'9'.repeat(5000)}`, NOT_FOUND],
  [
    'markup and prototype-ish keys as person filters',
    '/people/cher?decade=%3Cscript%3E&genre=__proto__&sort=constructor&q=%00',
    'Cher',
  ],
  ['a 10,000-character genre', `/people/cher?genre=${'Drama'.repeat(2000)}`, 'Cher'],
  ['__proto__ as a person id', '/people/__proto__', NOT_FOUND],
  ['a person id with a path after it', '/people/cher/films', NOT_FOUND],
]

test.describe('hostile links', () => {
  // Unknown films ask the server for a file that is not there; React Router
  // warns (and does not decode) when a path has malformed percent-encoding.
  test.use({ allowedConsoleErrors: [/Failed to load resource|could not be decoded/] })

  for (const [name, url, heading] of HOSTILE_URLS) {
    test(`${name}: a sensible view, no error`, async ({ page }) => {
      await page.goto(url)
      await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible()
    })
  }

  test('a 10,000-character query is cut to 200 characters, and the search still works', async ({
    page,
  }) => {
    await page.goto(`/films/mask-1985/cast?q=${'a'.repeat(10_000)}`)
    const search = page.getByRole('searchbox', { name: 'Search the cast' })
    expect((await search.inputValue()).length).toBe(200)
    await search.fill('stoltz')
    await expect(page.getByRole('rowheader')).toHaveText(['Eric Stoltz'])
  })

  test('combining marks match the accented or plain name', async ({ page }) => {
    await page.goto(`/films/mask-1985/cast?q=${encodeURIComponent('E\u0301LLIOTT')}`)
    await expect(page.getByRole('rowheader')).toHaveText(['Sam Elliott'])
  })
})

const SCRIPT = '<script>window.pwned = "script"</script>'
const IMG = '<img src=x onerror="window.pwned = \'img\'">'
const LINK = 'javascript:window.pwned = "link"'
const HOSTILE_TEXT = `${SCRIPT} ${IMG} ${LINK}`

/** Mask, with markup and a javascript: URL in every free-text field. */
function hostileFilm(id: string) {
  const film = JSON.parse(readFileSync('src/test/data/films/mask-1985.json', 'utf8')) as {
    [key: string]: unknown
    cast: Array<Record<string, unknown>>
    didYouKnow: Array<Record<string, unknown>>
    reviews: Array<Record<string, unknown>>
  }
  film.id = id
  film.title = `Mask ${SCRIPT}`
  film.logline = HOSTILE_TEXT
  film.storyline = [HOSTILE_TEXT]
  film.taglines = [HOSTILE_TEXT]
  film.directors = [IMG]
  film.filmingLocations = [LINK]
  film.cast[0] = { ...film.cast[0], actor: IMG, character: SCRIPT, note: LINK }
  for (const item of film.didYouKnow) {
    if (item.kind === 'quote') {
      item.lines = [{ speaker: IMG, qualifier: LINK, text: SCRIPT }]
    } else {
      item.text = HOSTILE_TEXT
      if (item.kind === 'goof') item.category = IMG
    }
  }
  for (const review of film.reviews) {
    review.headline = IMG
    review.body = HOSTILE_TEXT
  }
  return film
}

async function watchForScript(page: Page) {
  const dialogs: string[] = []
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message())
    void dialog.dismiss()
  })
  return async () => {
    expect(dialogs).toEqual([])
    expect(await page.evaluate(() => (window as { pwned?: unknown }).pwned)).toBeUndefined()
    expect(await page.locator('img[src="x"], a[href^="javascript:"]').count()).toBe(0)
  }
}

test.describe('markup in the film data', () => {
  test('renders as inert text on every route, and no script runs', async ({ page }) => {
    const id = 'hostile-film'
    await serveFakeFilm(page, id, hostileFilm(id))
    const noScriptRan = await watchForScript(page)
    await page.goto(`/films/${id}`)
    await expect(page.getByRole('heading', { level: 1 })).toContainText(`Mask ${SCRIPT}`)
    await expect(page.getByText(HOSTILE_TEXT, { exact: true }).first()).toBeVisible()
    await noScriptRan()

    await page.getByRole('link', { name: 'Cast', exact: true }).click()
    await expect(page.getByRole('rowheader', { name: IMG })).toBeVisible()
    await page.getByRole('searchbox', { name: 'Search the cast' }).fill('<img')
    await expect(page.getByRole('rowheader')).toHaveText([IMG])
    await noScriptRan()

    await page.getByRole('link', { name: 'Trivia', exact: true }).click()
    await expect(page.getByRole('heading', { level: 2, name: 'Trivia' })).toBeVisible()
    await expect(page.getByRole('article').first()).toContainText(HOSTILE_TEXT)
    await noScriptRan()

    await page.getByRole('link', { name: 'Reviews', exact: true }).click()
    await expect(page.getByRole('heading', { name: IMG }).first()).toBeVisible()
    await noScriptRan()
    expect(await page.title()).toContain(SCRIPT)
  })

  test('a javascript: URL where an id belongs is refused by the schema, naming the field', async ({
    page,
  }) => {
    const film = hostileFilm('hostile-link')
    film.stars = [{ name: 'Cher', castId: LINK }]
    await serveFakeFilm(page, 'hostile-link', film)
    const noScriptRan = await watchForScript(page)
    await page.goto('/films/hostile-link')
    await expect(page.getByText(/malformed at stars\[0\]\.castId/)).toBeVisible()
    await noScriptRan()
  })
})

test.describe('the Content-Security-Policy', () => {
  test.use({ allowedConsoleErrors: [/Content Security Policy|Failed to load resource/] })

  test('is sent as a header and a meta tag, and blocks an injected inline script', async ({
    page,
  }) => {
    const response = await page.goto('/films/mask-1985/cast')
    const header = response?.headers()['content-security-policy'] ?? ''
    expect(header).toContain("script-src 'self'")
    expect(header).toContain("frame-ancestors 'none'")
    const meta = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content')
    expect(meta).toContain("script-src 'self'")
    expect(meta).not.toContain('unsafe-inline')

    const blocked = await page.evaluate(
      () =>
        new Promise<string>((resolve) => {
          document.addEventListener('securitypolicyviolation', (event) =>
            resolve(event.violatedDirective),
          )
          const script = document.createElement('script')
          script.textContent = 'window.pwned = "inline"'
          document.body.append(script)
        }),
    )
    expect(blocked).toMatch(/^script-src/)
    expect(await page.evaluate(() => (window as { pwned?: unknown }).pwned)).toBeUndefined()
  })

  test('the app shell carries the meta tag too', async ({ page }) => {
    await page.goto('/films/not-prerendered/cast')
    await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveCount(1)
  })
})

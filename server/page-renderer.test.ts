import { mkdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs'
import { CACHE_AND_REVALIDATE, CACHE_NOT_FOUND } from './headers.ts'
import { join } from 'node:path'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import type { PageFactory } from './page-factory.ts'
import { createPageRenderer, matchRenderedPage, type PageLookup } from './page-renderer.ts'
import { get, makeFixture, startServer, type Running } from '../tests/server/test-support.ts'

/**
 * Stands in for the SSR bundle: a page that names its path and shows its
 * data file's `title`, read as the real one reads it, so a test can tell
 * pages and versions apart. Its reviews route redirects to the overview.
 */
function fakeFactory(render?: PageFactory['render']) {
  const calls: string[] = []
  const factory: Pick<PageFactory, 'render' | 'template'> = {
    template: { template: '', origin: 'http://localhost', scripts: {} },
    render: async (pathname, kind, read) => {
      calls.push(pathname)
      if (render) return render(pathname, kind, read)
      if (kind === 'reviews') return { redirect: pathname.replace(/\/reviews$/, '') }
      const [, folder, id] = pathname.split('/')
      const text = await read?.(`data/${folder}/${id}.json`)
      const title = text ? (JSON.parse(text) as { title?: string }).title : undefined
      return `<!doctype html><title>${title ?? kind}</title>${`<p>${pathname}</p>`.repeat(50)}`
    },
  }
  return { factory, calls }
}

const html = (lookup: PageLookup) => (lookup.kind === 'page' ? lookup.page.html.toString() : '')

describe('matchRenderedPage', () => {
  it.each([
    [['films', 'mask-1985'], 'overview', 'data/films/mask-1985.json'],
    [['films', 'mask-1985', 'cast'], 'cast', 'data/films/mask-1985.json'],
    [['catalog', 'year', '12'], 'catalog', 'data/catalog/year/12.json'],
    [['people', 'harrison-ford-1960s'], 'person', 'data/people/harrison-ford-1960s.json'],
    [[], 'catalog', 'data/catalog/title/1.json'],
    [['catalog', '1980s-drama', 'title', '2'], 'catalog', 'data/catalog/1980s-drama/title/2.json'],
  ])('knows %j as a %s page reading %s', (segments, kind, dataFile) => {
    expect(matchRenderedPage(segments)).toEqual({
      pathname: `/${segments.join('/')}`,
      kind,
      dataFile,
    })
  })

  it.each([
    ['', '/search'],
    ['?q=', '/search'],
    ['?q=cher', '/search?q=cher'],
    // One page per query: its first q, whatever else the URL holds.
    ['?utm_source=x&q=star+wars&q=other', '/search?q=star%20wars'],
    ['?q=%C3%A9t%C3%A9', '/search?q=%C3%A9t%C3%A9'],
  ])('knows the search for %j as the page %s, reading the manifest', (query, pathname) => {
    expect(matchRenderedPage(['search'], query)).toEqual({
      pathname,
      kind: 'search',
      dataFile: 'data/search/manifest.json',
    })
  })

  it.each([
    [['search', 'cher']],
    [['films']],
    [['films', 'Mask-1985']],
    [['films', 'mask-1985', 'crew']],
    [['films', 'mask-1985', 'cast', 'more']],
    [['films', 'a'.repeat(101)]],
    [['catalog', 'rating', '1']],
    [['catalog', 'title', '0']],
    [['catalog', 'title', '01']],
    [['catalog', 'title']],
    [['data', 'films', 'mask-1985.json']],
    [['people']],
    [['people', 'Cher']],
    [['people', 'cher', 'films']],
    [['people', 'a'.repeat(101)]],
  ])('renders nothing for %j', (segments) => {
    expect(matchRenderedPage(segments)).toBeNull()
  })
})

describe('page renderer', () => {
  let dir: string
  beforeEach(async () => {
    dir = await makeFixture()
  })
  afterEach(() => rmSync(dir, { recursive: true, force: true }))

  const renderer = (factory: Pick<PageFactory, 'render' | 'template'>, log: string[] = []) =>
    createPageRenderer({ dist: dir, factory, log: (line) => log.push(line) })

  it("renders a person's page from their file", async () => {
    const { factory, calls } = fakeFactory()
    const found = await renderer(factory).lookup(['people', 'cher'])
    expect(found.kind).toBe('page')
    expect(calls).toEqual(['/people/cher'])
  })

  it('renders a page whose data exists once, then answers from memory', async () => {
    const { factory, calls } = fakeFactory()
    const pages = renderer(factory)
    const first = await pages.lookup(['films', 'mask-1985', 'cast'])
    const again = await pages.lookup(['films', 'mask-1985', 'cast'])
    expect(first.kind).toBe('page')
    expect(again).toEqual(first)
    expect(calls).toEqual(['/films/mask-1985/cast'])
    if (first.kind !== 'page') return
    expect(first.page.html.toString()).toContain('<p>/films/mask-1985/cast</p>')
    expect(brotliDecompressSync(first.page.br)).toEqual(first.page.html)
    expect(gunzipSync(first.page.gzip)).toEqual(first.page.html)
  })

  it('renders a page once for requests that arrive while it renders', async () => {
    const { factory, calls } = fakeFactory()
    const pages = renderer(factory)
    const answers = await Promise.all(
      Array.from({ length: 5 }, () => pages.lookup(['films', 'mask-1985'])),
    )
    expect(calls).toEqual(['/films/mask-1985'])
    expect(new Set(answers.map((answer) => answer.kind))).toEqual(new Set(['page']))
  })

  it('renders the search’s results once per query, in a cache of their own', async () => {
    mkdirSync(join(dir, 'data', 'search'), { recursive: true })
    writeFileSync(join(dir, 'data', 'search', 'manifest.json'), '{}')
    const { factory, calls } = fakeFactory(
      async (pathname) => `<!doctype html><title>${pathname}</title>${'<p>result</p>'.repeat(50)}`,
    )
    const pages = createPageRenderer({ dist: dir, factory, maxSearchBytes: 3000 })
    expect(html(await pages.lookup(['search'], '?q=cher'))).toContain('<title>/search?q=cher<')
    // Another parameter is the same page.
    await pages.lookup(['search'], '?q=cher&utm_source=x')
    await pages.lookup(['search'], '?q=mask')
    await pages.lookup(['films', 'mask-1985'])
    expect(calls).toEqual(['/search?q=cher', '/search?q=mask', '/films/mask-1985'])
    // Endless queries push out queries, never the films' pages.
    for (const q of ['a', 'b', 'c', 'd']) await pages.lookup(['search'], `?q=${q}`)
    expect(pages.searches.bytes).toBeLessThanOrEqual(3000)
    expect(pages.cache.size).toBe(1)
  })

  it('does not render a film whose data file does not exist, nor paths it does not know', async () => {
    const { factory, calls } = fakeFactory()
    const pages = renderer(factory)
    expect(await pages.lookup(['films', 'unknown-1999'])).toEqual({ kind: 'no-data' })
    expect(await pages.lookup(['catalog', 'title', '9'])).toEqual({ kind: 'no-data' })
    // Every catalog path is known, so another one names no page.
    expect(await pages.lookup(['catalog', 'rating', '1'])).toEqual({ kind: 'no-data' })
    // So is every person's path.
    expect(await pages.lookup(['people', 'nobody-at-all'])).toEqual({ kind: 'no-data' })
    expect(await pages.lookup(['people', 'Cher'])).toEqual({ kind: 'no-data' })
    expect(await pages.lookup(['about'])).toEqual({ kind: 'no-data' })
    expect(await pages.lookup(['films', 'mask-1985', 'goofs'])).toEqual({ kind: 'no-data' })
    expect(await pages.lookup(['search', 'cher'])).toEqual({ kind: 'no-data' })
    // A build without a search index: the shell, whose search says so.
    expect(await pages.lookup(['search'], '?q=cher')).toEqual({ kind: 'not-a-page' })
    // `/` is the catalog's first page (a prerendered file in a real build):
    // with no data for it, there is no page to render either.
    expect(await pages.lookup([])).toEqual({ kind: 'no-data' })
    expect(calls).toEqual([])
  })

  it("passes on a route's redirect, unrendered", async () => {
    const { factory } = fakeFactory(async () => ({ redirect: '/' }))
    expect(await renderer(factory).lookup(['films', 'mask-1985'])).toEqual({
      kind: 'redirect',
      location: '/',
    })
  })

  it('leaves a page that fails to render to the shell, says why, and tries again next time', async () => {
    const log: string[] = []
    let fail = true
    const { factory, calls } = fakeFactory(async () => {
      if (fail) throw new Error('/films/mask-1985 answered 302, not a page')
      return '<p>fine</p>'
    })
    const pages = renderer(factory, log)
    expect(await pages.lookup(['films', 'mask-1985'])).toEqual({ kind: 'not-a-page' })
    expect(log).toEqual([
      'film-explorer: could not render "/films/mask-1985" from data/films/mask-1985.json, serving the app shell: /films/mask-1985 answered 302, not a page',
    ])
    fail = false
    expect((await pages.lookup(['films', 'mask-1985'])).kind).toBe('page')
    expect(calls).toHaveLength(2)
  })

  it('says what was thrown when it is not an Error', async () => {
    const log: string[] = []
    const { factory } = fakeFactory(async () => {
      throw { route: '0-0', reason: 'cut short' }
    })
    expect(await renderer(factory, log).lookup(['people', 'cher'])).toEqual({ kind: 'not-a-page' })
    expect(log).toEqual([
      "film-explorer: could not render \"/people/cher\" from data/people/cher.json, serving the app shell: { route: '0-0', reason: 'cut short' }",
    ])
  })

  it('keeps within its memory bound, evicting the least recently used pages', async () => {
    const { factory, calls } = fakeFactory()
    const pages = createPageRenderer({ dist: dir, factory, maxBytes: 3000 })
    for (const section of ['', 'cast', 'trivia', 'reviews'])
      await pages.lookup(['films', 'mask-1985', section].filter(Boolean))
    expect(pages.cache.bytes).toBeLessThanOrEqual(3000)
    expect(pages.cache.size).toBeLessThan(4)
    await pages.lookup(['films', 'mask-1985'])
    expect(calls.filter((path) => path === '/films/mask-1985')).toHaveLength(2)
  })

  describe('a data file changed under the running renderer', () => {
    const film = () => join(dir, 'data', 'films', 'mask-1985.json')

    it('renders the page again, so a tab rendered before shows what a new tab shows', async () => {
      const { factory, calls } = fakeFactory()
      const pages = renderer(factory)
      writeFileSync(film(), JSON.stringify({ title: 'Mask' }))
      expect(html(await pages.lookup(['films', 'mask-1985', 'cast']))).toContain('<title>Mask<')
      expect(html(await pages.lookup(['films', 'mask-1985', 'cast']))).toContain('<title>Mask<')
      writeFileSync(film(), JSON.stringify({ title: 'Mask (1985 cut)' }))
      expect(html(await pages.lookup(['films', 'mask-1985', 'cast']))).toContain('(1985 cut)')
      expect(html(await pages.lookup(['films', 'mask-1985', 'trivia']))).toContain('(1985 cut)')
      expect(calls).toEqual([
        '/films/mask-1985/cast',
        '/films/mask-1985/cast',
        '/films/mask-1985/trivia',
      ])
    })

    it('sees a change that keeps the size, by the modification time', async () => {
      const { factory, calls } = fakeFactory()
      const pages = renderer(factory)
      writeFileSync(film(), JSON.stringify({ title: 'Mask A' }))
      await pages.lookup(['films', 'mask-1985'])
      const { mtime } = statSync(film())
      writeFileSync(film(), JSON.stringify({ title: 'Mask B' }))
      utimesSync(film(), mtime, new Date(mtime.getTime() + 1000))
      expect(html(await pages.lookup(['films', 'mask-1985']))).toContain('Mask B')
      expect(calls).toHaveLength(2)
    })

    it('answers no page once the file is removed, and forgets the page', async () => {
      const { factory } = fakeFactory()
      const pages = renderer(factory)
      expect((await pages.lookup(['films', 'mask-1985', 'cast'])).kind).toBe('page')
      rmSync(film())
      expect(await pages.lookup(['films', 'mask-1985', 'cast'])).toEqual({ kind: 'no-data' })
      expect(pages.cache.size).toBe(0)
    })

    it('renders again when another file the page read changes', async () => {
      const { factory, calls } = fakeFactory(async (_pathname, _kind, read) => {
        // A film page that also reads a person, as a page may.
        const person = await read?.('data/people/cher.json')
        return `<p>${person?.length ?? 0}</p>`
      })
      const pages = renderer(factory)
      await pages.lookup(['films', 'mask-1985'])
      await pages.lookup(['films', 'mask-1985'])
      expect(calls).toHaveLength(1)
      writeFileSync(join(dir, 'data', 'people', 'cher.json'), '{"id":"cher"}')
      expect(html(await pages.lookup(['films', 'mask-1985']))).toContain('<p>13</p>')
      expect(calls).toHaveLength(2)
    })
  })

  it('warms one page of each film section and a person before the first visitor comes', async () => {
    const { factory, calls } = fakeFactory()
    await renderer(factory).warm()
    expect(calls).toEqual([
      '/films/mask-1985',
      '/films/mask-1985/cast',
      '/films/mask-1985/trivia',
      '/films/mask-1985/reviews',
      '/people/cher',
    ])
  })
})

describe('the server with a page renderer', () => {
  let server: Running
  let calls: string[]
  beforeEach(async () => {
    const fake = fakeFactory()
    calls = fake.calls
    server = await startServer((dir) => ({
      notFound: '404.html',
      pages: createPageRenderer({ dist: dir, factory: fake.factory }),
    }))
  })
  afterEach(() => server.close())

  it('sends a rendered page in the coding asked for, each coding with its own strong ETag', async () => {
    const br = await get(server.port, '/films/mask-1985/trivia', { 'Accept-Encoding': 'br, gzip' })
    const gzip = await get(server.port, '/films/mask-1985/trivia', { 'Accept-Encoding': 'gzip' })
    const plain = await get(server.port, '/films/mask-1985/trivia')
    expect([br.status, gzip.status, plain.status]).toEqual([200, 200, 200])
    expect(br.headers['content-encoding']).toBe('br')
    expect(gzip.headers['content-encoding']).toBe('gzip')
    expect(plain.headers['content-encoding']).toBeUndefined()
    expect(brotliDecompressSync(br.body).toString()).toBe(plain.body.toString())
    expect(gunzipSync(gzip.body).toString()).toBe(plain.body.toString())
    expect(plain.body.toString()).toContain('<p>/films/mask-1985/trivia</p>')
    const tags = [br, gzip, plain].map((response) => response.headers.etag)
    expect(new Set(tags).size).toBe(3)
    for (const tag of tags) expect(tag).toMatch(/^"[\w-]+"$/)
    for (const response of [br, gzip, plain]) {
      expect(response.headers['content-type']).toBe('text/html; charset=utf-8')
      expect(response.headers['cache-control']).toBe(CACHE_AND_REVALIDATE)
      expect(response.headers.vary).toBe('Accept-Encoding')
      expect(response.headers['content-security-policy']).toBeDefined()
    }
    expect(calls).toEqual(['/films/mask-1985/trivia'])
  })

  it('answers a matching If-None-Match with 304, and a stale one with the page', async () => {
    const first = await get(server.port, '/films/mask-1985/trivia', { 'Accept-Encoding': 'gzip' })
    const etag = first.headers.etag as string
    const same = await get(server.port, '/films/mask-1985/trivia', {
      'Accept-Encoding': 'gzip',
      'If-None-Match': `"other", W/${etag}`,
    })
    expect(same.status).toBe(304)
    expect(same.body).toHaveLength(0)
    expect(same.headers.etag).toBe(etag)
    // The brotli copy has another tag: a gzip tag does not validate it.
    const other = await get(server.port, '/films/mask-1985/trivia', {
      'Accept-Encoding': 'br',
      'If-None-Match': etag,
    })
    expect(other.status).toBe(200)
  })

  it('answers a failed If-Match with 412 and the security headers, as a file does', async () => {
    const response = await get(server.port, '/films/mask-1985/trivia', { 'If-Match': '"nope"' })
    expect(response.status).toBe(412)
    expect(response.headers['content-security-policy']).toBeDefined()
    expect(calls).toEqual(['/films/mask-1985/trivia'])
  })

  /** Each request built from the validators (ETag, Last-Modified) of what it asks for. */
  const CONDITIONS: ReadonlyArray<
    [string, (etag: string, modified: string) => Record<string, string>]
  > = [
    ['If-Match: "nope"', () => ({ 'If-Match': '"nope"' })],
    ['If-Match: its ETag', (etag) => ({ 'If-Match': etag })],
    ['If-Match: *', () => ({ 'If-Match': '*' })],
    [
      'If-Unmodified-Since: a day before',
      (_, modified) => ({ 'If-Unmodified-Since': dayBefore(modified) }),
    ],
    ['If-Unmodified-Since: its date', (_, modified) => ({ 'If-Unmodified-Since': modified })],
    ['If-None-Match: its ETag', (etag) => ({ 'If-None-Match': etag })],
    ['If-None-Match: "nope"', () => ({ 'If-None-Match': '"nope"' })],
    ['If-None-Match: *', () => ({ 'If-None-Match': '*' })],
    ['If-Modified-Since: its date', (_, modified) => ({ 'If-Modified-Since': modified })],
    [
      'If-Modified-Since: a day before',
      (_, modified) => ({ 'If-Modified-Since': dayBefore(modified) }),
    ],
    [
      'If-None-Match: "nope" with If-Modified-Since: its date',
      (_, modified) => ({ 'If-None-Match': '"nope"', 'If-Modified-Since': modified }),
    ],
    [
      'If-None-Match: its ETag, and Cache-Control: no-cache',
      (etag) => ({ 'If-None-Match': etag, 'Cache-Control': 'no-cache' }),
    ],
    [
      'If-Match: "nope" with If-None-Match: its ETag',
      (etag) => ({ 'If-Match': '"nope"', 'If-None-Match': etag }),
    ],
  ]
  const dayBefore = (date: string) => new Date(Date.parse(date) - 86_400_000).toUTCString()

  it.each(CONDITIONS)('answers %s on a rendered page as on a prerendered file', async (_, make) => {
    const statusFor = async (path: string) => {
      const plain = await get(server.port, path)
      const { etag = '', 'last-modified': modified = '' } = plain.headers
      expect(etag && modified).toBeTruthy()
      return (await get(server.port, path, make(etag, modified))).status
    }
    const file = await statusFor('/films/mask-1985')
    expect(await statusFor('/films/mask-1985/trivia')).toBe(file)
    expect([200, 304, 412]).toContain(file)
  })

  it('renders a page at one URL only: %2F is a 404, an encoded letter a 308', async () => {
    expect((await get(server.port, '/films%2Fmask-1985/trivia')).status).toBe(404)
    expect((await get(server.port, '/films/mask-1985%2Ftrivia')).status).toBe(404)
    const encoded = await get(server.port, '/films/mask-1985/trivi%61')
    expect(encoded.status).toBe(308)
    expect(encoded.headers.location).toBe('/films/mask-1985/trivia')
    expect(calls).toEqual([])
  })

  it('answers HEAD with the headers alone', async () => {
    const head = await get(server.port, '/films/mask-1985/trivia', {}, 'HEAD')
    expect(head.status).toBe(200)
    expect(Number(head.headers['content-length'])).toBeGreaterThan(0)
    expect(head.body).toHaveLength(0)
  })

  it('prefers a prerendered file to a render', async () => {
    const response = await get(server.port, '/films/mask-1985')
    expect(response.body.toString()).toContain('<title>Mask</title>')
    expect(calls).toEqual([])
  })

  it('answers a film with no data with 404 and, for a browser, the not-found page', async () => {
    const response = await get(server.port, '/films/unknown-1999', { Accept: 'text/html' })
    expect(response.status).toBe(404)
    expect(response.body.toString()).toContain('<title>Not found</title>')
    expect(calls).toEqual([])
  })

  it('serves what the data file now says, and 404 once it is gone', async () => {
    const file = join(server.dir, 'data', 'films', 'mask-1985.json')
    writeFileSync(file, JSON.stringify({ title: 'Mask' }))
    const before = await get(server.port, '/films/mask-1985/trivia')
    expect(before.body.toString()).toContain('<title>Mask</title>')
    writeFileSync(file, JSON.stringify({ title: 'Mask, retitled' }))
    const after = await get(server.port, '/films/mask-1985/trivia')
    expect(after.body.toString()).toContain('<title>Mask, retitled</title>')
    expect(after.headers.etag).not.toBe(before.headers.etag)
    rmSync(file)
    expect((await get(server.port, '/films/mask-1985/trivia')).status).toBe(404)
  })

  it("answers a route's redirect with a 308, keeping the query", async () => {
    const response = await get(server.port, '/films/mask-1985/reviews?min=4')
    expect(response.status).toBe(308)
    expect(response.headers.location).toBe('/films/mask-1985?min=4')
  })

  it('serves the shell by its own name, for the service worker to precache', async () => {
    const response = await get(server.port, '/shell.html')
    expect(response.status).toBe(200)
    expect(response.body.toString()).toContain('<title>Shell</title>')
  })

  it('serves the shell with a 200 for the search’s results of a build with no index', async () => {
    const response = await get(server.port, '/search?q=cher', { Accept: 'text/html' })
    expect(response.status).toBe(200)
    expect(response.body.toString()).toContain('<title>Shell</title>')
  })

  it('renders the search’s results for the query asked, with the pages’ headers', async () => {
    mkdirSync(join(server.dir, 'data', 'search'), { recursive: true })
    writeFileSync(join(server.dir, 'data', 'search', 'manifest.json'), '{}')
    const response = await get(server.port, '/search?q=cher', { Accept: 'text/html' })
    expect(response.status).toBe(200)
    expect(response.body.toString()).toContain('<p>/search?q=cher</p>')
    expect(response.headers['cache-control']).toBe(CACHE_AND_REVALIDATE)
    expect(response.headers.etag).toMatch(/^"[\w-]+"$/)
  })

  it.each(['/somewhere/else', '/about', '/films/mask-1985/goofs', '/people/cher/films'])(
    'answers %s, a path no route has, with 404 and the not-found page',
    async (path) => {
      const response = await get(server.port, path, { Accept: 'text/html' })
      expect(response.status).toBe(404)
      expect(response.body.toString()).toContain('<title>Not found</title>')
      expect(response.headers['cache-control']).toBe(CACHE_NOT_FOUND)
    },
  )
})

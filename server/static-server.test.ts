import { mkdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { CACHE_AND_REVALIDATE, cacheControlFor, securityHeaders } from './headers.ts'
import {
  get,
  PAGE,
  rawRequest,
  SCRIPT,
  startServer,
  type RawResponse,
  type Running,
} from '../tests/server/test-support.ts'

let server: Running
beforeEach(async () => {
  server = await startServer()
})
afterEach(() => server.close())

const SCRIPT_PATH = '/assets/core-abc123.js'
const stillServing = async () =>
  expect((await get(server.port, '/films/mask-1985')).status).toBe(200)

function expectSecurityHeaders(response: RawResponse) {
  for (const [name, value] of Object.entries(securityHeaders())) {
    expect(response.headers[name.toLowerCase()], name).toBe(value)
  }
}

describe('ranges', () => {
  it.each(['/', SCRIPT_PATH, '/data/films/mask-1985.json', '/films/unknown', '/nope.js'])(
    'answers an inverted range (bytes=5-2) on %s without stopping',
    async (path) => {
      const response = await get(server.port, path, { Range: 'bytes=5-2' })
      expect([200, 404, 416]).toContain(response.status)
      await stillServing()
    },
  )

  it('refuses an unsatisfiable range with 416 and the full length', async () => {
    const response = await get(server.port, SCRIPT_PATH, { Range: 'bytes=999999-' })
    expect(response.status).toBe(416)
    expect(response.headers['content-range']).toBe(`bytes */${Buffer.byteLength(SCRIPT)}`)
    expectSecurityHeaders(response)
    expect(server.logs).toEqual([expect.stringContaining('416 GET "/assets/core-abc123.js"')])
  })

  it('clamps an end past the file (bytes=0-18446744073709551615) to the whole file', async () => {
    const response = await get(server.port, SCRIPT_PATH, { Range: 'bytes=0-18446744073709551615' })
    expect(response.status).toBe(206)
    expect(response.body.toString()).toBe(SCRIPT)
    await stillServing()
  })

  it('sends the last bytes for a suffix range and one byte for bytes=0-0', async () => {
    const suffix = await get(server.port, SCRIPT_PATH, { Range: 'bytes=-100' })
    expect(suffix.status).toBe(206)
    expect(suffix.body.toString()).toBe(SCRIPT.slice(-100))
    const size = Buffer.byteLength(SCRIPT)
    expect(suffix.headers['content-range']).toBe(`bytes ${size - 100}-${size - 1}/${size}`)
    const first = await get(server.port, SCRIPT_PATH, { Range: 'bytes=0-0' })
    expect(first.status).toBe(206)
    expect(first.body.toString()).toBe(SCRIPT[0])
  })

  it('sends the whole file for a suffix longer than it (bytes=-999999), not 416', async () => {
    const response = await get(server.port, SCRIPT_PATH, { Range: 'bytes=-999999' })
    expect(response.status).toBe(206)
    expect(response.body.toString()).toBe(SCRIPT)
    expect((await get(server.port, SCRIPT_PATH, { Range: 'bytes=-0' })).status).toBe(416)
  })

  it.each(['bytes=0-1,5-6', 'bytes=abc', 'lines=1-2'])(
    'ignores %s and sends the whole file with 200',
    async (range) => {
      const response = await get(server.port, SCRIPT_PATH, { Range: range })
      expect(response.status).toBe(200)
      expect(response.body.toString()).toBe(SCRIPT)
    },
  )

  it('sends the whole file when If-Range names another version', async () => {
    const response = await get(server.port, SCRIPT_PATH, {
      Range: 'bytes=0-9',
      'If-Range': '"old"',
    })
    expect(response.status).toBe(200)
    expect(response.body.toString()).toBe(SCRIPT)
  })
})

describe('files that change under a running server', () => {
  it('answers 404 for a file removed after start, and 200 once it is back', async () => {
    const file = join(server.dir, 'assets', 'core-abc123.js')
    const content = readFileSync(file)
    for (const suffix of ['', '.br', '.gz']) rmSync(file + suffix)
    expect((await get(server.port, SCRIPT_PATH)).status).toBe(404)
    expect((await get(server.port, SCRIPT_PATH, { 'Accept-Encoding': 'br' })).status).toBe(404)
    writeFileSync(file, content)
    const back = await get(server.port, SCRIPT_PATH, { 'Accept-Encoding': 'br' })
    expect(back.status).toBe(200)
    expect(back.headers['content-encoding']).toBeUndefined()
    expect(back.body.equals(content)).toBe(true)
  })

  it('never sends a compressed copy older than its file: a data file replaced alone is sent as it is', async () => {
    const file = join(server.dir, 'data', 'films', 'mask-1985.json')
    const changed = JSON.stringify({ id: 'mask-1985', cast: 'changed '.repeat(200) })
    // The copies keep their old content; the file is newer than both.
    const past = new Date(Date.now() - 60_000)
    for (const suffix of ['.br', '.gz']) utimesSync(file + suffix, past, past)
    writeFileSync(file, changed)
    const response = await get(server.port, '/data/films/mask-1985.json', {
      'Accept-Encoding': 'br, gzip',
    })
    expect(response.status).toBe(200)
    expect(response.headers['content-encoding']).toBeUndefined()
    expect(response.body.toString()).toBe(changed)
  })

  it('serves a prerendered page added after start, and falls back to the shell once it is gone', async () => {
    const page = join(server.dir, 'films', 'mask-1985', 'trivia')
    expect((await get(server.port, '/films/mask-1985/trivia')).body.toString()).toContain('Shell')
    mkdirSync(page)
    writeFileSync(join(page, 'index.html'), '<title>Trivia</title>')
    expect((await get(server.port, '/films/mask-1985/trivia')).body.toString()).toBe(
      '<title>Trivia</title>',
    )
    rmSync(page, { recursive: true })
    expect((await get(server.port, '/films/mask-1985/trivia')).body.toString()).toContain('Shell')
  })
})

describe('methods', () => {
  it.each(['POST', 'PUT', 'DELETE', 'PATCH', 'TRACE', 'OPTIONS', 'CONNECT'])(
    'answers %s with 405 and Allow',
    async (method) => {
      const response = await get(server.port, '/', { 'Content-Length': '0' }, method)
      expect(response.status).toBe(405)
      expect(response.headers.allow).toBe('GET, HEAD')
      expectSecurityHeaders(response)
    },
  )

  it('answers HEAD with the headers of GET and no body', async () => {
    const head = await get(server.port, '/films/mask-1985', {}, 'HEAD')
    const full = await get(server.port, '/films/mask-1985')
    expect(head.status).toBe(200)
    expect(head.body.length).toBe(0)
    expect(head.headers['content-length']).toBe(full.headers['content-length'])
    expect(head.headers.etag).toBe(full.headers.etag)
  })
})

describe('conditional requests', () => {
  async function etagOf(path: string, headers: Record<string, string> = {}) {
    const etag = (await get(server.port, path, headers)).headers.etag
    expect(etag).toBeTruthy()
    return etag ?? ''
  }

  it.each([
    ['the ETag itself', (etag: string) => etag],
    ['a list holding it', (etag: string) => `"other", ${etag}, "more"`],
    ['its weak form', (etag: string) => `W/${etag.replace(/^W\//, '')}`],
    ['*', () => '*'],
  ])(
    'answers If-None-Match with %s by 304, repeating ETag, Cache-Control and Vary',
    async (_, header) => {
      const etag = await etagOf('/films/mask-1985', { 'Accept-Encoding': 'br' })
      const response = await get(server.port, '/films/mask-1985', {
        'Accept-Encoding': 'br',
        'If-None-Match': header(etag),
      })
      expect(response.status).toBe(304)
      expect(response.headers.etag).toBe(etag)
      expect(response.headers['cache-control']).toBe(CACHE_AND_REVALIDATE)
      expect(response.headers.vary).toBe('Accept-Encoding')
      expect(response.body.length).toBe(0)
      expectSecurityHeaders(response)
    },
  )

  it('sends the file when If-None-Match names other versions', async () => {
    const response = await get(server.port, '/films/mask-1985', { 'If-None-Match': '"a", "b"' })
    expect(response.status).toBe(200)
    expect(response.body.toString()).toBe(PAGE)
  })

  it('gives each coding its own ETag, so a cached gzip copy never validates brotli', async () => {
    const br = await etagOf(SCRIPT_PATH, { 'Accept-Encoding': 'br' })
    const gzip = await etagOf(SCRIPT_PATH, { 'Accept-Encoding': 'gzip' })
    expect(new Set([br, gzip, await etagOf(SCRIPT_PATH)]).size).toBe(3)
    const stale = await get(server.port, SCRIPT_PATH, {
      'Accept-Encoding': 'br',
      'If-None-Match': gzip,
    })
    expect(stale.status).toBe(200)
  })

  it('answers a failed If-Match with 412', async () => {
    const response = await get(server.port, SCRIPT_PATH, { 'If-Match': '"nope"' })
    expect(response.status).toBe(412)
    expectSecurityHeaders(response)
  })
})

describe('content codings', () => {
  it.each([
    ['br, gzip', 'br'],
    ['gzip, deflate, br, zstd', 'br'],
    ['br;q=0, gzip', 'gzip'],
    ['gzip;q=0.5, br;q=0.1', 'gzip'],
    ['*', 'br'],
    ['*;q=0, gzip', 'gzip'],
    ['br;q=0', undefined],
    ['br;q=0, gzip;q=0', undefined],
    ['identity', undefined],
    ['', undefined],
    ['zstd', undefined],
  ])('Accept-Encoding "%s" gets %s', async (accept, expected) => {
    const response = await get(server.port, SCRIPT_PATH, { 'Accept-Encoding': accept })
    expect(response.status).toBe(200)
    expect(response.headers['content-encoding']).toBe(expected)
    expect(response.headers['content-type']).toBe('text/javascript; charset=utf-8')
    expect(response.headers.vary).toBe('Accept-Encoding')
    const decode = { br: brotliDecompressSync, gzip: gunzipSync }
    const body = expected ? decode[expected as 'br' | 'gzip'](response.body) : response.body
    expect(body.toString()).toBe(SCRIPT)
  })
})

describe('one form per URL', () => {
  it.each([
    ['/films/mask-1985/cast/', '/films/mask-1985/cast'],
    ['/films/mask-1985/cast/?q=dennis&sort=actor', '/films/mask-1985/cast?q=dennis&sort=actor'],
    ['/films/mask-1985/index.html', '/films/mask-1985'],
    ['/films/mask-1985/cast/index.html?q=a', '/films/mask-1985/cast?q=a'],
    ['/index.html', '/'],
    ['/films//mask-1985', '/films/mask-1985'],
    ['//evil.example/', '/evil.example'],
    ['///evil.example', '/evil.example'],
    // Encoded unreserved characters are the same URL (RFC 3986 §6.2.2.2).
    ['/films/ma%73k-1985', '/films/mask-1985'],
    ['/films/ma%73k%2D1985/cast/?q=%61', '/films/mask-1985/cast?q=%61'],
    ['/films/mask-1985/index%2Ehtml', '/films/mask-1985'],
    ['/%7Efilms', '/~films'],
    ['/caf%c3%a9', '/caf%C3%A9'],
  ])('redirects %s to %s with 308', async (path, location) => {
    const response = await get(server.port, path)
    expect(response.status).toBe(308)
    expect(response.headers.location).toBe(location)
    expectSecurityHeaders(response)
  })

  it.each(['/\\evil.example/', '/%5Cevil.example/', '/\\/evil.example'])(
    'never redirects %s, which a browser would follow to another host',
    async (path) => {
      const response = await get(server.port, path)
      expect(response.status).toBe(404)
      expect(response.headers.location).toBeUndefined()
    },
  )

  it('serves the canonical forms', async () => {
    expect((await get(server.port, '/films/mask-1985/cast')).body.toString()).toContain(
      '<title>Cast',
    )
    expect((await get(server.port, '/')).body.toString()).toContain('<title>Catalog')
  })
})

describe('paths', () => {
  it.each([
    '/nope.js',
    '/data/films/unknown.json',
    '/.secret',
    '/%2e%2e/package.json',
    '/..%2f..%2fetc%2fpasswd',
    '/assets/%2e%2e%2f.secret',
    '/films/mask-1985%2Findex.html',
    '/a\\..\\.secret',
    // A slash encoded as %2F never names a file or a page.
    '/films%2Fmask-1985',
    '/films%2fmask-1985',
    '/data%2Ffilms%2Fmask-1985.json',
    '/films/ma%73k-1985%2Fcast',
    '/films/mask-1985%2F',
    '/%2e',
  ])('answers %s with 404', async (path) => {
    const response = await get(server.port, path)
    expect(response.status).toBe(404)
    expectSecurityHeaders(response)
    expect(response.body.toString()).toBe('404 Not Found\n')
  })

  it.each(['/%zz', '/films/%E0%A4%A', '/a%00b'])('answers %s with 400', async (path) => {
    const response = await get(server.port, path)
    expect(response.status).toBe(400)
    expectSecurityHeaders(response)
  })

  it('gives a path with no file the app shell, never cached for good', async () => {
    for (const path of ['/films/unknown-film', '/assets/no-extension']) {
      const response = await get(server.port, path)
      expect(response.status).toBe(200)
      expect(response.body.toString()).toContain('<title>Shell')
      expect(response.headers['cache-control']).toBe(CACHE_AND_REVALIDATE)
    }
  })

  it('caches hashed assets for good and revalidates everything else', async () => {
    expect((await get(server.port, SCRIPT_PATH)).headers['cache-control']).toBe(
      'public, max-age=31536000, immutable',
    )
    expect((await get(server.port, '/data/films/mask-1985.json')).headers['cache-control']).toBe(
      CACHE_AND_REVALIDATE,
    )
  })

  it("caches a 404 briefly, but never a hashed file's, nor an error", async () => {
    expect((await get(server.port, '/data/films/nope.json')).headers['cache-control']).toBe(
      'public, max-age=0, s-maxage=10',
    )
    expect((await get(server.port, '/assets/nope-abc123.js')).headers['cache-control']).toBe(
      'no-store',
    )
    expect((await get(server.port, '/%zz')).headers['cache-control']).toBe('no-store')
  })

  it('sends a strong ETag of its own for each coding of a file', async () => {
    const tags = await Promise.all(
      ['br', 'gzip', 'identity'].map(
        async (coding) =>
          (await get(server.port, '/films/mask-1985', { 'Accept-Encoding': coding })).headers.etag,
      ),
    )
    for (const tag of tags) expect(tag).toMatch(/^"[0-9a-f]+-[0-9a-f]+(?:-br|-gzip)?"$/)
    expect(new Set(tags).size).toBe(3)
  })

  it('caches the search shards for good, under their hash, and revalidates their manifest', () => {
    expect(cacheControlFor('/data/search/8f7cf9078071/ch.json')).toBe(
      'public, max-age=31536000, immutable',
    )
    expect(cacheControlFor('/data/search/manifest.json')).toBe(CACHE_AND_REVALIDATE)
    expect(cacheControlFor('/data/search/not-a-hash/ch.json')).toBe(CACHE_AND_REVALIDATE)
  })

  it('takes the absolute form a proxy may send', async () => {
    const response = await get(server.port, 'http://127.0.0.1/films/mask-1985')
    expect(response.status).toBe(200)
    expect(response.body.toString()).toBe(PAGE)
  })
})

describe('requests Node cannot parse', () => {
  it('answers a malformed request line with 400 and the security headers', async () => {
    const response = await rawRequest(server.port, 'BREW / HTTP/1.1\r\nHost: x\r\n\r\n')
    expect(response.status).toBe(400)
    expectSecurityHeaders(response)
    await stillServing()
  })

  it.each([
    ['an Expect Node cannot meet', 417, 'GET / HTTP/1.1\r\nHost: x\r\nExpect: bogus\r\n\r\n'],
    ['an HTTP/1.1 request with no Host', 400, 'GET / HTTP/1.1\r\n\r\n'],
  ])('answers %s with %i, the security headers and a log line', async (_, status, request) => {
    const response = await rawRequest(server.port, request)
    expect(response.status).toBe(status)
    expectSecurityHeaders(response)
    expect(server.logs).toEqual([expect.stringContaining(`film-explorer: ${status} GET "/": `)])
    await stillServing()
  })

  it('answers Expect: 100-continue with the answer itself', async () => {
    const response = await get(server.port, '/films/mask-1985', { Expect: '100-continue' })
    expect(response.status).toBe(200)
    expect(response.body.toString()).toBe(PAGE)
    expectSecurityHeaders(response)
  })

  it('takes an HTTP/1.0 request with no Host', async () => {
    const response = await rawRequest(server.port, 'GET /films/mask-1985 HTTP/1.0\r\n\r\n')
    expect(response.status).toBe(200)
  })

  it('answers an oversized header with 431', async () => {
    const response = await get(server.port, '/', { 'X-Big': 'a'.repeat(20_000) })
    expect(response.status).toBe(431)
    await stillServing()
  })
})

it('logs one line per error response, none for successes', async () => {
  await get(server.port, '/films/mask-1985')
  await get(server.port, '/nope.js')
  await get(server.port, '/', {}, 'POST')
  await get(server.port, '/%zz')
  expect(server.logs).toEqual([
    'film-explorer: 404 GET "/nope.js"',
    'film-explorer: 405 POST "/"',
    'film-explorer: 400 GET "/%zz": malformed percent-encoding in the path',
  ])
})

it('sums up a flood of 404s in one line rather than a line each', async () => {
  // The interval is long: the summary comes when the server closes, so the
  // test does not depend on how fast 40 requests go on a loaded machine.
  const summing = await startServer(() => ({ clientErrorIntervalMs: 60_000 }))
  let closed = false
  try {
    for (let i = 0; i < 40; i += 1)
      await get(summing.port, i < 30 ? '/wp-login.php' : `/nope-${i}.js`)
    expect(summing.logs).toEqual(['film-explorer: 404 GET "/wp-login.php"'])
    await summing.close()
    closed = true
    expect(summing.logs).toHaveLength(2)
    expect(summing.logs[1]).toMatch(
      /^film-explorer: 404: 40 requests in the last \d+ s, top paths: "\/wp-login\.php" ×30, "\/nope-30\.js" ×1, .*other paths ×6$/,
    )
  } finally {
    if (!closed) await summing.close()
  }
})

describe('a browser opening a broken or hidden URL', () => {
  it.each([
    ['/films/%E0%A4%A/cast', 400],
    ['/.secret', 404],
    ['/nope.js', 404],
  ])('gets the app shell for %s, with status %i', async (path, status) => {
    const response = await get(server.port, path, { Accept: 'text/html,application/xhtml+xml' })
    expect(response.status).toBe(status)
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8')
    expect(response.body.toString()).toContain('<title>Shell')
    expectSecurityHeaders(response)
  })
})

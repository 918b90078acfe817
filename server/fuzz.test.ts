import fc from 'fast-check'
import { createPageRenderer } from './page-renderer.ts'
import { get, rawRequest, startServer, type Running } from '../tests/server/test-support.ts'

/**
 * A few thousand random and malformed requests, each on its own connection:
 * every one must get a well-formed answer with a status a static server may
 * give, no redirect may leave the host, and the server must still serve
 * pages at the end. Bounded in time,
 * so a slow CI machine runs fewer cases rather than timing out.
 */
const RUNS = 3_000
const TIME_LIMIT_MS = 45_000
const VALID = new Set([200, 206, 304, 308, 400, 404, 405, 412, 416, 431])

const KNOWN_PATHS = [
  '/',
  '/films/mask-1985',
  '/films/mask-1985/cast',
  // Rendered on request, or found to have no data.
  '/films/mask-1985/trivia',
  '/films/unknown-1999/reviews',
  '/catalog/title/2',
  '/assets/core-abc123.js',
  '/data/films/mask-1985.json',
  '/.secret',
  '/nope.js',
]
/** Characters a request line may carry, odd ones included (no space, CR or LF: those end it). */
const PATH_CHAR = fc.constantFrom(
  ...'abcAZ09-_.~!$&\'()*+,;=:@/?#%[]\\"<>^`{|}'.split(''),
  '%00',
  '%2e',
  '%2E',
  '%2f',
  '%2F',
  '%5c',
  '%zz',
  '%',
  '%e0%a4',
  '%C3%A9',
  'é',
  '🎬',
  '\u202e',
  '\t',
)
const path = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom(...KNOWN_PATHS) },
  fc
    .tuple(fc.constantFrom(...KNOWN_PATHS), fc.array(PATH_CHAR, { maxLength: 12 }))
    .map(([base, chars]) => base + chars.join('')),
  fc.array(PATH_CHAR, { maxLength: 40 }).map((chars) => `/${chars.join('')}`),
  fc.constantFrom('*', 'http://127.0.0.1/films/mask-1985', 'https://x/', 'ftp://x/', ''),
)
const method = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('GET', 'HEAD') },
  fc.constantFrom(
    'POST',
    'PUT',
    'DELETE',
    'PATCH',
    'OPTIONS',
    'TRACE',
    'CONNECT',
    'get',
    'BREW',
    'G(T',
  ),
)
const headerText = fc.string({ maxLength: 60, unit: 'grapheme-ascii' })
/** Now and then control characters, which Node refuses itself with 400. */
const junk = fc.oneof(
  { weight: 9, arbitrary: headerText },
  { weight: 1, arbitrary: fc.string({ maxLength: 60, unit: 'binary-ascii' }) },
)
const number = fc.oneof(
  fc.nat(20_000),
  fc.constantFrom('18446744073709551615', '-1', '0x10', '1e3', ''),
)
const range = fc.oneof(
  fc.tuple(number, number).map(([a, b]) => `bytes=${a}-${b}`),
  number.map((n) => `bytes=-${n}`),
  number.map((n) => `bytes=${n}-`),
  fc
    .array(fc.tuple(number, number), { minLength: 2, maxLength: 4 })
    .map((pairs) => `bytes=${pairs.map(([a, b]) => `${a}-${b}`).join(',')}`),
  headerText,
)
const token = fc.oneof(
  fc.constantFrom('*', '"x"', 'W/"x"', '', ','),
  fc.string({ maxLength: 20, unit: 'grapheme-ascii' }).map((s) => `"${s}"`),
)
const acceptEncoding = fc
  .array(
    fc.tuple(
      fc.constantFrom('br', 'gzip', 'identity', '*', 'zstd', 'BR', ''),
      fc.option(fc.constantFrom('0', '1', '0.5', '-1', 'abc', '2', '')),
    ),
    { maxLength: 4 },
  )
  .map((items) => items.map(([name, q]) => (q === null ? name : `${name};q=${q}`)).join(', '))
const headers = fc.record(
  {
    Range: range,
    'If-None-Match': fc.array(token, { maxLength: 3 }).map((t) => t.join(', ')),
    'If-Match': token,
    'If-Modified-Since': fc.oneof(
      fc.date().map((d) => (Number.isNaN(d.getTime()) ? 'x' : d.toUTCString())),
      headerText,
    ),
    'If-Range': fc.oneof(token, headerText),
    'Accept-Encoding': acceptEncoding,
    'X-Junk': junk,
    // Node's limit for all headers is 16 KiB; beyond it, 431.
    'X-Large': fc
      .oneof(
        { weight: 4, arbitrary: fc.integer({ min: 1, max: 8_000 }) },
        fc.integer({ min: 16_000, max: 24_000 }),
      )
      .map((n) => 'a'.repeat(n)),
  },
  { requiredKeys: [] },
)

let server: Running
beforeAll(async () => {
  server = await startServer((dir) => ({
    // A stand-in for the SSR bundle that renders a small page for any path.
    pages: createPageRenderer({
      dist: dir,
      factory: {
        template: { template: '', origin: 'http://localhost', scripts: {} },
        render: async (pathname) => `<!doctype html><p>${pathname}</p>`,
      },
    }),
  }))
})
afterAll(() => server.close())

it(
  `answers ${RUNS} random and malformed requests and keeps serving`,
  async () => {
    const statuses = new Map<number, number>()
    let sent = 0
    await fc.assert(
      fc.asyncProperty(method, path, headers, async (verb, target, fields) => {
        const lines = [`${verb} ${target} HTTP/1.1`, 'Host: 127.0.0.1', 'Connection: close']
        for (const [name, value] of Object.entries(fields)) lines.push(`${name}: ${value}`)
        const response = await rawRequest(
          server.port,
          Buffer.from(`${lines.join('\r\n')}\r\n\r\n`, 'latin1'),
        )
        sent += 1
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1)
        expect(VALID, `status ${response.status}`).toContain(response.status)
        // A redirect stays on this host: never `//host` or `/\\host`.
        if (response.status === 308) expect(response.headers.location).toMatch(/^\/(?![/\\])/)
      }),
      { numRuns: RUNS, interruptAfterTimeLimit: TIME_LIMIT_MS, markInterruptAsFailure: false },
    )
    expect((await get(server.port, '/films/mask-1985')).status).toBe(200)
    const counts = [...statuses].sort(([a], [b]) => a - b).map(([status, n]) => `${status}×${n}`)
    console.log(`fuzz: ${sent} requests answered: ${counts.join(', ')}`)
    expect(sent).toBeGreaterThan(RUNS / 10)
  },
  TIME_LIMIT_MS + 15_000,
)

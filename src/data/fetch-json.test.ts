import { delay, http, HttpResponse } from 'msw'
import { server } from '../test/server.ts'
import { fetchJson } from './fetch-json.ts'
import type { LoadErrorKind } from './load-error.ts'

const URL = 'http://localhost/data/films/test.json'
const answer = (resolver: Parameters<typeof http.get>[1]) => server.use(http.get(URL, resolver))

async function failure(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  )
  if (!error) throw new Error('expected the fetch to fail')
  return error as { kind: LoadErrorKind; message: string; retryable: boolean }
}

describe('fetchJson', () => {
  it('returns parsed JSON', async () => {
    answer(() => HttpResponse.json({ ok: true }))
    await expect(fetchJson(URL)).resolves.toEqual({ ok: true })
  })

  it.each<[string, () => Response, LoadErrorKind, boolean, RegExp]>([
    ['404', () => new HttpResponse('nope', { status: 404 }), 'not-found', false, /does not exist/],
    ['500', () => new HttpResponse('boom', { status: 500 }), 'http', true, /HTTP 500/],
    ['an empty body', () => new HttpResponse(''), 'empty', false, /empty/],
    [
      'an HTML page',
      () => HttpResponse.html('<!doctype html><p>hi'),
      'not-json',
      false,
      /web page/,
    ],
    [
      'truncated JSON',
      () => new HttpResponse('{"id": "mask-19'),
      'invalid-json',
      false,
      /cut short/,
    ],
    ['a network failure', () => HttpResponse.error(), 'network', true, /reach the server/],
  ])('turns %s into a clear error', async (_name, reply, kind, retryable, message) => {
    answer(reply)
    const error = await failure(fetchJson(URL))
    expect(error).toMatchObject({ kind, retryable })
    expect(error.message).toMatch(message)
  })

  describe('a file of another build than the code', () => {
    const fromBuild = (id: string) => () =>
      HttpResponse.json({ ok: true }, { headers: { 'X-Build-Id': id } })

    it('is refused as stale online, so a reload brings code and data of one build', async () => {
      answer(fromBuild('b2'))
      const error = await failure(fetchJson(URL, undefined, undefined, undefined, 'b1'))
      expect(error).toMatchObject({ kind: 'stale', retryable: false })
      expect(error.message).toMatch(/has been updated since this page was opened/)
    })

    it('is refused as offline when the copy saved on the device is another build', async () => {
      const onLine = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false)
      answer(fromBuild('b0'))
      const error = await failure(fetchJson(URL, undefined, undefined, undefined, 'b1'))
      onLine.mockRestore()
      expect(error).toMatchObject({ kind: 'offline', retryable: true })
      expect(error.message).toMatch(/saved on this device is from another version/)
    })

    it('names its build in the request, so a server on another build can refuse it', async () => {
      let asked: string | null = null
      answer(({ request }) => {
        asked = request.headers.get('x-build-id')
        return HttpResponse.json({ ok: true })
      })
      await fetchJson(URL, undefined, undefined, undefined, 'b1')
      expect(asked).toBe('b1')
    })

    it("leaves its build out of a search file's request, which the page preloads without it", async () => {
      const asked: (string | null)[] = []
      server.use(
        http.get('*/data/search/*', ({ request }) => {
          asked.push(request.headers.get('x-build-id'))
          return HttpResponse.json({ ok: true })
        }),
      )
      await fetchJson(
        'http://localhost/data/search/manifest.json',
        undefined,
        undefined,
        undefined,
        'b1',
      )
      expect(asked).toEqual([null])
    })

    it('reads a 404 that names another build as an update, not as a missing file', async () => {
      answer(() => new HttpResponse('', { status: 404, headers: { 'X-Build-Id': 'b2' } }))
      const error = await failure(fetchJson(URL, undefined, undefined, undefined, 'b1'))
      expect(error).toMatchObject({ kind: 'stale', retryable: false })
    })

    it('is read when the build matches, or when the host names none', async () => {
      answer(fromBuild('b1'))
      await expect(fetchJson(URL, undefined, undefined, undefined, 'b1')).resolves.toEqual({
        ok: true,
      })
      answer(() => HttpResponse.json({ ok: true }))
      await expect(fetchJson(URL, undefined, undefined, undefined, 'b1')).resolves.toEqual({
        ok: true,
      })
    })
  })

  it('refuses a file whose declared size is over the limit, before reading it', async () => {
    answer(
      () =>
        new HttpResponse('{"padding": "x"}', {
          headers: { 'content-type': 'application/json', 'content-length': String(20 * 1024 ** 2) },
        }),
    )
    const error = await failure(fetchJson(URL))
    expect(error).toMatchObject({ kind: 'too-large', retryable: false })
    expect(error.message).toBe(
      'The data file is too large to open (20.0 MB; the limit is 12.0 MB).',
    )
  })

  it('stops reading a file that grows past the limit while it downloads', async () => {
    const chunk = new TextEncoder().encode(`"${'x'.repeat(1000)}",`)
    let sent = 0
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent += 1
        controller.enqueue(sent === 1 ? new TextEncoder().encode('[') : chunk)
      },
    })
    // No Content-Length (as with a compressed or chunked response): counted as it arrives.
    answer(() => new HttpResponse(stream, { headers: { 'content-type': 'application/json' } }))
    const error = await failure(fetchJson(URL, undefined, 5_000, 10_000))
    expect(error).toMatchObject({ kind: 'too-large', retryable: false })
    expect(error.message).toMatch(/^The data file is too large to open \(over /)
    // It gave up soon after the limit rather than reading on forever.
    expect(sent).toBeLessThan(20)
  })

  it('reads a file just under the limit', async () => {
    const film = { text: 'y'.repeat(9_000) }
    answer(() => HttpResponse.json(film))
    await expect(fetchJson(URL, undefined, 5_000, 10_000)).resolves.toEqual(film)
  })

  it('says the browser is offline rather than that the server is down', async () => {
    const onLine = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false)
    answer(() => HttpResponse.error())
    const error = await failure(fetchJson(URL))
    onLine.mockRestore()
    expect(error).toMatchObject({ kind: 'offline', retryable: true })
    expect(error.message).toBe('You are offline, and no copy is saved on this device.')
  })

  it('gives up on a stalled response after the timeout', async () => {
    answer(async () => {
      await delay('infinite')
      return HttpResponse.json({})
    })
    const error = await failure(fetchJson(URL, undefined, 50))
    expect(error).toMatchObject({ kind: 'timeout', retryable: true })
  })
})

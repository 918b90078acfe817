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

  it('gives up on a stalled response after the timeout', async () => {
    answer(async () => {
      await delay('infinite')
      return HttpResponse.json({})
    })
    const error = await failure(fetchJson(URL, undefined, 50))
    expect(error).toMatchObject({ kind: 'timeout', retryable: true })
  })
})

import { DataLoadError, type LoadErrorKind } from '../data/load-error.ts'
import { createQueryClient, MAX_RETRIES } from './query-client.ts'

const retry = createQueryClient().getDefaultOptions().queries?.retry
const shouldRetry = (failureCount: number, error: unknown) => {
  if (typeof retry !== 'function') throw new Error('the retry policy is a function')
  return retry(failureCount, error as Error)
}
const loadError = (kind: LoadErrorKind, status?: number) =>
  new DataLoadError(kind, 'failed', { url: '/data/films/x.json', ...(status ? { status } : {}) })

describe('the retry policy', () => {
  it.each<[string, DataLoadError]>([
    ['a dropped connection', loadError('network')],
    ['a server error (HTTP 503)', loadError('http', 503)],
  ])('tries %s twice more, then stops', (_name, error) => {
    expect(shouldRetry(0, error)).toBe(true)
    expect(shouldRetry(MAX_RETRIES - 1, error)).toBe(true)
    expect(shouldRetry(MAX_RETRIES, error)).toBe(false)
  })

  it.each<[string, DataLoadError]>([
    ['a missing file (HTTP 404)', loadError('not-found', 404)],
    ['a refused request (HTTP 403)', loadError('http', 403)],
    ['a malformed file', loadError('schema')],
    ['truncated JSON', loadError('invalid-json')],
    ['an HTML page', loadError('not-json')],
    ['an empty file', loadError('empty')],
    ['a file that is too large', loadError('too-large')],
    ['a file holding another film', loadError('mismatch')],
    ['a timeout', loadError('timeout')],
    ['being offline', loadError('offline')],
  ])('does not retry %s by itself', (_name, error) => {
    expect(shouldRetry(0, error)).toBe(false)
  })

  it('does not retry an error it does not know', () => {
    expect(shouldRetry(0, new Error('boom'))).toBe(false)
  })
})

import { evaluatePreconditions } from './conditional.ts'

const ETAG = '"abc"'
const MODIFIED = Date.parse('Sun, 06 Dec 2026 12:00:00 GMT')
const BEFORE = 'Sat, 05 Dec 2026 12:00:00 GMT'
const AT = 'Sun, 06 Dec 2026 12:00:00 GMT'

describe('evaluatePreconditions', () => {
  it.each([
    [{}, 'send'],
    [{ 'if-match': '"nope"' }, 'failed'],
    [{ 'if-match': ETAG }, 'send'],
    [{ 'if-match': `"x", ${ETAG}` }, 'send'],
    [{ 'if-match': `W/${ETAG}` }, 'send'],
    [{ 'if-match': '*' }, 'send'],
    [{ 'if-match': '"nope"', 'if-none-match': ETAG }, 'failed'],
    [{ 'if-match': ETAG, 'if-unmodified-since': BEFORE }, 'send'],
    [{ 'if-unmodified-since': BEFORE }, 'failed'],
    [{ 'if-unmodified-since': AT }, 'send'],
    [{ 'if-unmodified-since': 'not a date' }, 'send'],
    [{ 'if-none-match': ETAG }, 'not-modified'],
    [{ 'if-none-match': `W/${ETAG}` }, 'not-modified'],
    [{ 'if-none-match': `"x", ${ETAG}` }, 'not-modified'],
    [{ 'if-none-match': '*' }, 'not-modified'],
    [{ 'if-none-match': '"nope"' }, 'send'],
    [{ 'if-none-match': '"nope"', 'if-modified-since': AT }, 'send'],
    [{ 'if-none-match': ETAG, 'cache-control': 'no-cache' }, 'send'],
    [{ 'if-modified-since': AT }, 'not-modified'],
    [{ 'if-modified-since': BEFORE }, 'send'],
    [{ 'if-modified-since': 'not a date' }, 'send'],
  ])('answers %j with %s', (headers, expected) => {
    expect(evaluatePreconditions(headers, ETAG, MODIFIED)).toBe(expected)
  })
})

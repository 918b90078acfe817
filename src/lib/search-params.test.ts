import fc from 'fast-check'
import {
  MAX_QUERY_LENGTH,
  readEnum,
  readEnumList,
  readNumber,
  readText,
  withParams,
} from './search-params.ts'

const sp = (query: string) => new URLSearchParams(query)

describe('readText', () => {
  it('reads the value or an empty string', () => {
    expect(readText(sp('q=cher'), 'q')).toBe('cher')
    expect(readText(sp(''), 'q')).toBe('')
  })

  it('cuts an enormous value to MAX_QUERY_LENGTH', () => {
    expect(readText(sp(`q=${'a'.repeat(10_000)}`), 'q')).toHaveLength(MAX_QUERY_LENGTH)
  })
})

describe('readEnum', () => {
  const sorts = ['billing', 'actor'] as const
  it.each([
    ['sort=actor', 'actor'],
    ['sort=ACTOR', 'billing'],
    ['sort=', 'billing'],
    ['sort=__proto__', 'billing'],
    ['sort=constructor', 'billing'],
    ['', 'billing'],
  ])('%s gives %s', (query, expected) => {
    expect(readEnum(sp(query), 'sort', sorts, 'billing')).toBe(expected)
  })
})

describe('readEnumList', () => {
  it('keeps known values once each, in the order of the allowed list', () => {
    const kinds = ['trivia', 'goof', 'quote'] as const
    expect(readEnumList(sp('kind=quote&kind=nope&kind=trivia&kind=quote'), 'kind', kinds)).toEqual([
      'trivia',
      'quote',
    ])
  })
})

describe('readNumber', () => {
  const allowed = [0, 1, 4.5]
  it.each([
    ['min=4.5', 4.5],
    ['min=1', 1],
    ['min=1.0', 1],
    ['min=3', 0],
    ['min=abc', 0],
    ['min=', 0],
    ['min=Infinity', 0],
    ['min=-1', 0],
  ])('%s gives %s', (query, expected) => {
    expect(readNumber(sp(query), 'min', allowed, 0)).toBe(expected)
  })
})

describe('withParams', () => {
  it('sets, replaces and removes keys and leaves the others alone', () => {
    const next = withParams(sp('q=a&sort=actor&utm=x'), {
      q: 'b',
      sort: null,
      kind: ['goof', 'quote'],
    })
    expect(next.toString()).toBe('q=b&utm=x&kind=goof&kind=quote')
  })

  it('keeps a changed key in its place, so params keep their order', () => {
    expect(withParams(sp('q=a&sort=actor'), { q: 'b' }).toString()).toBe('q=b&sort=actor')
  })

  it('does not change the params it was given', () => {
    const params = sp('q=a')
    withParams(params, { q: null })
    expect(params.toString()).toBe('q=a')
  })

  it('property: readers never throw and always return an allowed value', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (key, value) => {
        const params = new URLSearchParams([[key, value]])
        expect(['a', 'b']).toContain(readEnum(params, key, ['a', 'b'], 'a'))
        expect([0, 1]).toContain(readNumber(params, key, [0, 1], 0))
        expect(readText(params, key).length).toBeLessThanOrEqual(MAX_QUERY_LENGTH)
      }),
    )
  })
})

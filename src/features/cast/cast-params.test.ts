import { parseCastParams, serializeCastParams } from './cast-params.ts'

const parse = (query: string) => parseCastParams(new URLSearchParams(query))

describe('parseCastParams', () => {
  it('reads q and sort', () => {
    expect(parse('q=cher&sort=character')).toEqual({ q: 'cher', sort: 'character' })
  })

  it('falls back to defaults for missing or invalid values', () => {
    expect(parse('')).toEqual({ q: '', sort: 'billing' })
    expect(parse('sort=height&q=')).toEqual({ q: '', sort: 'billing' })
  })
})

describe('serializeCastParams', () => {
  it('leaves defaults out of the URL', () => {
    expect(serializeCastParams({ q: '', sort: 'billing' })).toEqual({ q: null, sort: null })
  })

  it('writes only what changed', () => {
    expect(serializeCastParams({ sort: 'actor' })).toEqual({ sort: 'actor' })
    expect(serializeCastParams({ q: 'kelly minter' })).toEqual({ q: 'kelly minter' })
  })
})

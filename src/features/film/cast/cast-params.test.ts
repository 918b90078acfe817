import { castParams } from './cast-params.ts'

const parse = (query: string) => castParams.parse(new URLSearchParams(query))

describe('castParams.parse', () => {
  it('reads q and sort', () => {
    expect(parse('q=cher&sort=character')).toEqual({ q: 'cher', sort: 'character' })
  })

  it('falls back to defaults for missing or invalid values', () => {
    expect(parse('')).toEqual({ q: '', sort: 'billing' })
    expect(parse('sort=height&q=')).toEqual({ q: '', sort: 'billing' })
  })
})

describe('castParams.serialize', () => {
  it('leaves defaults out of the URL', () => {
    expect(castParams.serialize({ q: '', sort: 'billing' })).toEqual({ q: null, sort: null })
  })

  it('writes only what changed', () => {
    expect(castParams.serialize({ sort: 'actor' })).toEqual({ sort: 'actor' })
    expect(castParams.serialize({ q: 'kelly minter' })).toEqual({ q: 'kelly minter' })
  })
})

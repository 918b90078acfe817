import { parseTriviaParams, serializeTriviaParams, toggleKind } from './trivia-params.ts'

const parse = (query: string) => parseTriviaParams(new URLSearchParams(query))

describe('parseTriviaParams', () => {
  it('reads several kinds and a query', () => {
    expect(parse('kind=quote&kind=goof&q=topps')).toEqual({ kinds: ['goof', 'quote'], q: 'topps' })
  })

  it('ignores unknown kinds, and reads every kind as the default (all)', () => {
    expect(parse('kind=blooper')).toEqual({ kinds: [], q: '' })
    expect(parse('kind=trivia&kind=goof&kind=quote')).toEqual({ kinds: [], q: '' })
  })
})

describe('serializeTriviaParams', () => {
  it('writes kinds as repeated keys in a stable order', () => {
    expect(serializeTriviaParams({ kinds: ['quote', 'trivia'] })).toEqual({
      kind: ['trivia', 'quote'],
    })
  })

  it('leaves the default (no kinds, or all of them) out of the URL', () => {
    expect(serializeTriviaParams({ kinds: [], q: '' })).toEqual({ kind: [], q: null })
    expect(serializeTriviaParams({ kinds: ['trivia', 'goof', 'quote'] })).toEqual({ kind: null })
  })
})

describe('toggleKind', () => {
  it('adds a kind that is off and removes one that is on', () => {
    expect(toggleKind(['goof'], 'quote')).toEqual(['goof', 'quote'])
    expect(toggleKind(['goof', 'quote'], 'goof')).toEqual(['quote'])
  })
})

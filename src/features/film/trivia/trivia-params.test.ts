import { toggleKind, TRIVIA_KINDS, triviaParams } from './trivia-params.ts'

const parse = (query: string) => triviaParams.parse(new URLSearchParams(query))

describe('triviaParams.parse', () => {
  it('reads several kinds and a query', () => {
    expect(parse('kind=quote&kind=goof&q=topps')).toEqual({ kind: ['goof', 'quote'], q: 'topps' })
  })

  it('ignores unknown kinds, and reads every kind as the default (all)', () => {
    expect(parse('kind=blooper')).toEqual({ kind: [], q: '' })
    expect(
      parse('kind=trivia&kind=goof&kind=quote&kind=title&kind=career&kind=together&kind=debut'),
    ).toEqual({ kind: [], q: '' })
    expect(parse('kind=career&kind=together')).toEqual({ kind: ['career', 'together'], q: '' })
  })
})

describe('triviaParams.serialize', () => {
  it('writes kinds as repeated keys in a stable order', () => {
    expect(triviaParams.serialize({ kind: ['quote', 'trivia'] })).toEqual({
      kind: ['trivia', 'quote'],
    })
  })

  it('leaves the default (no kinds, or all of them) out of the URL', () => {
    expect(triviaParams.serialize({ kind: [], q: '' })).toEqual({ kind: [], q: null })
    expect(triviaParams.serialize({ kind: [...TRIVIA_KINDS] })).toEqual({ kind: [] })
  })
})

describe('toggleKind', () => {
  it('adds a kind that is off and removes one that is on', () => {
    expect(toggleKind(['goof'], 'quote')).toEqual(['goof', 'quote'])
    expect(toggleKind(['goof', 'quote'], 'goof')).toEqual(['quote'])
  })
})

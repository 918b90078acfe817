import fc from 'fast-check'
import { fold, matchesAll, matchRanges, tokenize } from './text-match.ts'

const highlighted = (text: string, query: string) =>
  matchRanges(fold(text), tokenize(query)).map(([start, end]) => text.slice(start, end))

describe('fold', () => {
  it('lower-cases and strips accents', () => {
    expect(fold('ÉLLIOTT').text).toBe('elliott')
    expect(fold('Zoë Saldaña').text).toBe('zoe saldana')
  })

  it('folds decomposed accents (e + combining diaeresis) the same as precomposed ones', () => {
    expect(fold('Zoe\u0308').text).toBe(fold('Zoë').text)
  })

  it('folds letters Unicode does not decompose, and typographic punctuation', () => {
    expect(fold('Søren Straße Łukasz').text).toBe('soren strasse lukasz')
    expect(fold('Rocky’s “mask”').text).toBe(`rocky's "mask"`)
  })

  it('maps every folded character back to its source character', () => {
    const folded = fold('Straße')
    expect(folded.text).toBe('strasse')
    expect(folded.origin).toEqual([0, 1, 2, 3, 4, 4, 5])
  })
})

describe('tokenize', () => {
  it('splits on any white space, folds, and drops empty and duplicate words', () => {
    expect(tokenize('  Kelly\tMINTER kelly ')).toEqual(['kelly', 'minter'])
    expect(tokenize('   ')).toEqual([])
  })
})

describe('matchesAll', () => {
  const fields = [fold('Kelly Jo Minter'), fold('Lorrie'), fold('as Kelly Minter')]

  it('needs every word, in any order, each in any field', () => {
    expect(matchesAll(fields, tokenize('minter kelly'))).toBe(true)
    expect(matchesAll(fields, tokenize('lorrie jo'))).toBe(true)
    expect(matchesAll(fields, tokenize('kelly cher'))).toBe(false)
  })

  it('treats regular-expression characters as plain text', () => {
    expect(matchesAll([fold('Roy L.')], tokenize('l.'))).toBe(true)
    expect(matchesAll([fold('Roy L.')], tokenize('.*'))).toBe(false)
    expect(matchesAll([fold('Mr. (Simms)')], tokenize('(simms)'))).toBe(true)
  })
})

describe('matchRanges', () => {
  it('highlights the source characters, accents and case intact', () => {
    expect(highlighted('Sam Elliott', 'ÉLLIOTT')).toEqual(['Elliott'])
    expect(highlighted('Zoë Kravitz', 'zoe')).toEqual(['Zoë'])
  })

  it('keeps a combining accent inside the highlight', () => {
    expect(highlighted('Zoe\u0308 K', 'zoe')).toEqual(['Zoe\u0308'])
  })

  it('merges overlapping matches and finds repeats', () => {
    expect(highlighted('Dennis Dennis', 'den ennis')).toEqual(['Dennis', 'Dennis'])
  })

  it('property: ranges are ordered, disjoint, inside the text, and fold to contain a token', () => {
    fc.assert(
      fc.property(fc.string(), fc.string({ maxLength: 8 }), (text, query) => {
        const tokens = tokenize(query)
        const ranges = matchRanges(fold(text), tokens)
        let last = -1
        for (const [start, end] of ranges) {
          expect(start).toBeGreaterThan(last)
          expect(end).toBeGreaterThan(start)
          expect(end).toBeLessThanOrEqual(text.length)
          const piece = fold(text.slice(start, end)).text
          expect(tokens.some((token) => piece.includes(token))).toBe(true)
          last = end
        }
      }),
    )
  })

  it('property: a word of the text, in any case, always matches it', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-zÀ-ÿ]{1,10}$/), (word) => {
        expect(matchesAll([fold(`The ${word} one`)], tokenize(word.toUpperCase()))).toBe(true)
      }),
    )
  })
})

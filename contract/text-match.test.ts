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

  it('folds letters Unicode does not decompose', () => {
    expect(fold('Søren Straße Łukasz').text).toBe('soren strasse lukasz')
  })

  it('drops punctuation, typographic or not, and keeps the spaces between words', () => {
    expect(fold("O'Hara").text).toBe('ohara')
    expect(fold('Okonkwo-Bell').text).toBe('okonkwobell')
    expect(fold('L. Craig King').text).toBe('l craig king')
    expect(fold('Rocky’s “mask” — (1985)').text).toBe('rockys mask  1985')
  })

  it('maps every folded character back to its source character', () => {
    const folded = fold('Straße')
    expect(folded.text).toBe('strasse')
    expect(folded.origin).toEqual([0, 1, 2, 3, 4, 4, 5])
    expect(fold("O'Hara").origin).toEqual([0, 2, 3, 4, 5])
  })

  it('property: every folded character comes from the source character its origin names', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (source) => {
        const { text, origin } = fold(source)
        expect(origin).toHaveLength(text.length)
        const wrong = origin.filter((at, i) => {
          const ch = String.fromCodePoint(source.codePointAt(at) as number)
          return at < (origin[i - 1] ?? 0) || !fold(ch).text.includes(text[i] as string)
        })
        expect(wrong).toEqual([])
        expect(text).toBe([...source].map((ch) => fold(ch).text).join(''))
      }),
    )
  })
})

describe('tokenize', () => {
  it('splits on any white space, folds, and drops empty and duplicate words', () => {
    expect(tokenize('  Kelly\tMINTER kelly ')).toEqual(['kelly', 'minter'])
    expect(tokenize('   ')).toEqual([])
  })

  it('folds punctuation out of the words', () => {
    expect(tokenize("O'HARA Jr.")).toEqual(['ohara', 'jr'])
    expect(tokenize('okonkwo-bell')).toEqual(['okonkwobell'])
  })

  it('keeps a query of punctuation alone as it is, so that it matches nothing', () => {
    expect(tokenize(' .*( ')).toEqual([' .*( '])
    expect(matchesAll([fold('Roy L. (Rocky)')], tokenize('. ('))).toBe(false)
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

  it('ignores punctuation in the text and in the query', () => {
    const finds = (text: string, query: string) => matchesAll([fold(text)], tokenize(query))
    expect(finds("Maureen O'Hara", 'ohara')).toBe(true)
    expect(finds("Maureen O'Hara", "o'hara")).toBe(true)
    expect(finds("Maureen O'Hara", 'oh')).toBe(true)
    expect(finds('Ada Okonkwo-Bell', 'okonkwo bell')).toBe(true)
    expect(finds('Ada Okonkwo-Bell', 'okonkwobell')).toBe(true)
    expect(finds('L. Craig King', 'l craig')).toBe(true)
    expect(finds('Rocky’s mask', "rocky's")).toBe(true)
  })

  it('matches a one-letter word only where a word starts', () => {
    const finds = (text: string, query: string) => matchesAll([fold(text)], tokenize(query))
    expect(finds('Eric Stoltz', 's')).toBe(true)
    expect(finds('Eric Stoltz', 't')).toBe(false)
    expect(finds('L. Craig King', 'l')).toBe(true)
    expect(finds("Maureen O'Hara", 'h')).toBe(true) // Hara starts after the apostrophe
    expect(finds('Rocky’s', 's')).toBe(false) // but the s of Rocky's does not
    expect(finds('Zoë Élan', 'e')).toBe(true)
    expect(finds('Roy L.’Rocky’ Dennis', 'r l')).toBe(true)
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

  it('highlights across the punctuation a query left out, and not the punctuation after', () => {
    expect(highlighted("Maureen O'Hara", 'ohara')).toEqual(["O'Hara"])
    expect(highlighted('Ada Okonkwo-Bell', 'okonkwobell')).toEqual(['Okonkwo-Bell'])
    expect(highlighted('Ada Okonkwo-Bell', 'okonkwo bell')).toEqual(['Okonkwo', 'Bell'])
    expect(highlighted('Harry Carey Jr.', 'jr.')).toEqual(['Jr'])
    expect(highlighted('Laura Dern, Sam Elliott', 'dern')).toEqual(['Dern'])
  })

  it('highlights a one-letter word only at the starts of words', () => {
    expect(highlighted('Kirk Kelly, as Kelly Kirk', 'k')).toEqual(['K', 'K', 'K', 'K'])
    expect(highlighted("Maureen O'Hara", 'o')).toEqual(['O'])
    expect(highlighted('Roy L.’Rocky’ Dennis', 'r')).toEqual(['R', 'R'])
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
      fc.property(fc.stringMatching(/^[A-Za-zÀ-ÖØ-öø-ÿ]{1,10}$/), (word) => {
        expect(matchesAll([fold(`The ${word} one`)], tokenize(word.toUpperCase()))).toBe(true)
      }),
    )
  })

  it('property: a name finds itself, punctuation and all or with it left out, highlighted whole', () => {
    const word = fc.stringMatching(/^[A-Z][a-zé]{0,6}$/)
    const joined = fc.tuple(word, fc.constantFrom("'", '’', '-', '.', '. ', ' '), word)
    const name = fc
      .array(
        fc.oneof(
          word,
          joined.map(([a, mark, b]) => a + mark + b),
        ),
        { minLength: 1, maxLength: 4 },
      )
      .map((words) => words.join(' '))
    fc.assert(
      fc.property(name, (text) => {
        const bare = text.replace(/[^\p{L}\s]/gu, '')
        for (const query of [text, bare]) {
          expect(matchesAll([fold(text)], tokenize(query))).toBe(true)
        }
        const marked = highlighted(text, bare).join('')
        expect(marked.replace(/[^\p{L}]/gu, '')).toBe(text.replace(/[^\p{L}]/gu, ''))
      }),
    )
  })
})

import fc from 'fast-check'
import { ID_MAX_LENGTH, ID_PATTERN } from '../../contract/ids.ts'
import {
  cleanSpelling,
  displayName,
  eraId,
  isEcho,
  keptWhole,
  namesakeGaps,
  personIdBase,
  personKey,
  spellingRule,
  yearsLabel,
  type CreditedFilm,
} from './person-rules.ts'

const same = (a: string, b: string) => personKey(a, null) === personKey(b, null)

describe('personKey', () => {
  it.each([
    ['ZaSu Pitts', 'Zasu Pitts', 'case'],
    ['Renée Adorée', 'Renee Adoree', 'diacritics'],
    ['Lon Chaney Jr.', 'Lon Chaney, Jr.', 'suffix-comma'],
    ['Efrem Zimbalist Jr.', 'Efrem Zimbalist Jr', 'suffix-comma'],
    ['Katherine MacDonald', 'Katherine MacDonald]]', 'markup'],
    ["Catherine O'Hara", 'Catherine O’Hara', 'quotes'],
    ['Don "Red" Barry', "Don 'Red' Barry", 'quotes'],
    ['"Weird Al" Yankovic', 'Weird Al Yankovic', 'quotes'],
    ['Joanna Pacuła', 'Joanna Pacula', 'diacritics'],
    ['H. B. Warner', 'H.B. Warner', 'punctuation'],
    ['Brian Doyle-Murray', 'Brian Doyle Murray', 'punctuation'],
  ])('makes %j and %j one person, by the %s rule', (a, b, rule) => {
    expect(same(a, b)).toBe(true)
    expect(spellingRule(a, b)).toBe(rule)
  })

  it('keeps Jr. and Sr. as part of the name: father and son are two people', () => {
    expect(same('Lon Chaney', 'Lon Chaney Jr.')).toBe(false)
    expect(same('Noah Beery', 'Noah Beery Sr.')).toBe(false)
    expect(same('Noah Beery Jr.', 'Noah Beery Sr.')).toBe(false)
  })

  it('keeps a disambiguated name apart from the plain one and from other disambiguators', () => {
    expect(personKey('Harry Carter', 'actor')).not.toBe(personKey('Harry Carter', null))
    expect(personKey('John Wood', 'English actor')).not.toBe(personKey('John Wood', 'actor'))
    expect(personKey('Harry Carter', 'Actor')).toBe(personKey('Harry Carter', 'actor'))
  })

  it('never gives two names with no Latin letters one identity', () => {
    expect(personKey('李小龍', null)).not.toBe(personKey('成龍', null))
  })
})

describe('personIdBase', () => {
  it('is the readable slug, then the disambiguator', () => {
    expect(personIdBase(personKey('Lon Chaney, Jr.', null))).toBe('lon-chaney-jr')
    expect(personIdBase(personKey('Renée Adorée', null))).toBe('renee-adoree')
    expect(personIdBase(personKey('Harry Carter', 'actor'))).toBe('harry-carter-actor')
    expect(personIdBase(personKey('John Wood', 'English actor'))).toBe('john-wood-english-actor')
    expect(personIdBase(personKey('李小龍', null))).toMatch(/^person-[0-9a-f]{8}$/)
  })

  it('is a valid id for any name', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 120 }),
        fc.option(fc.string()),
        (name, d) => {
          const id = eraId(personIdBase(personKey(name, d)), 1968)
          expect(id).toMatch(ID_PATTERN)
          expect(id.length).toBeLessThanOrEqual(ID_MAX_LENGTH)
        },
      ),
    )
  })

  it('is the same for every spelling of one identity, so the display spelling never moves it', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('ZaSu Pitts', 'Zasu Pitts', 'ZASU PITTS', 'Zasu  Pitts]]', '[[ZaSu Pitts'),
        fc.constantFrom('ZaSu Pitts', 'zasu pitts', 'Zásu Pitts'),
        (a, b) => {
          expect(personIdBase(personKey(a, null))).toBe(personIdBase(personKey(b, null)))
        },
      ),
    )
  })
})

describe('displayName', () => {
  it('is the most frequent spelling', () => {
    expect(
      displayName(
        new Map([
          ['Zasu Pitts', 10],
          ['ZaSu Pitts', 50],
        ]),
      ),
    ).toBe('ZaSu Pitts')
  })

  it('on a tie, prefers the accented form, then the one with more capitals', () => {
    expect(
      displayName(
        new Map([
          ['Renee Adoree', 3],
          ['Renée Adorée', 3],
        ]),
      ),
    ).toBe('Renée Adorée')
    expect(
      displayName(
        new Map([
          ['Joanna Pacula', 4],
          ['Joanna Pacuła', 4],
        ]),
      ),
    ).toBe('Joanna Pacuła')
    expect(
      displayName(
        new Map([
          ['Latanya Richardson', 1],
          ['LaTanya Richardson', 1],
        ]),
      ),
    ).toBe('LaTanya Richardson')
  })

  it('does not depend on the order spellings were seen in', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.tuple(fc.string({ minLength: 1 }), fc.integer({ min: 1, max: 3 })), {
          selector: ([text]) => text,
          maxLength: 6,
        }),
        (entries) => {
          expect(displayName(new Map([...entries].reverse()))).toBe(displayName(new Map(entries)))
        },
      ),
    )
  })

  it('never shows markup', () => {
    expect(cleanSpelling('Katherine MacDonald]]')).toBe('Katherine MacDonald')
    expect(cleanSpelling('[[Katherine  MacDonald]]')).toBe('Katherine MacDonald')
  })
})

describe('namesakes', () => {
  it('splits a name at a gap of 25 years when its credits span more than 60', () => {
    const harrisonFord = [1917, 1920, 1928, 1968, 1977, 1990, 2000, 2010, 2023]
    expect(namesakeGaps(harrisonFord)).toEqual([1968])
    // A comeback inside one life is not a namesake: Mae West, 1932–1978.
    expect(namesakeGaps([1932, 1943, 1970, 1978])).toEqual([])
    // A long career with no hole is one person.
    expect(namesakeGaps([1932, 1950, 1970, 1990, 2011])).toEqual([])
  })

  it('keeps the names review found to be one person whole, with the reason', () => {
    expect(keptWhole('norman-lloyd')).toMatch(/2015/)
    expect(keptWhole('harrison-ford')).toBeUndefined()
    expect(keptWhole('norman-lloyd|actor')).toBeUndefined()
  })

  it('reads documentaries, re-releases and repeated titles as echoes of an earlier career', () => {
    const film = (title: string, year: number, documentary = false): CreditedFilm => ({
      film: `${title}-${year}`,
      title,
      year,
      documentary,
    })
    const oz = film('The Wizard of Oz', 1939)
    const films = [oz, film('The Wizard of Oz 3D', 2013), film('West Side Story', 2021)]
    expect(isEcho(films[1] as CreditedFilm, films)).toBe(true)
    expect(isEcho(oz, films)).toBe(false)
    expect(isEcho(film('Transformers – Re-released in 3-D', 2010), [])).toBe(true)
    expect(isEcho(film('Summer of Soul', 2021, true), [])).toBe(true)
    expect(isEcho(film('West Side Story', 2021), [film('West Side Story', 1961)])).toBe(true)
    expect(isEcho(film('Star Wars', 1977), [])).toBe(false)
  })

  it("names a later era by its first credit's decade, and labels people by their years", () => {
    expect(eraId('harrison-ford', 1968)).toBe('harrison-ford-1960s')
    expect(yearsLabel(1917, 1928)).toBe('1917–1928')
    expect(yearsLabel(2020, 2020)).toBe('2020')
  })
})

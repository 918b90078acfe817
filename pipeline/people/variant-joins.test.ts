import fc from 'fast-check'
import { joinVariants, withoutNickname, type IdentityRecord } from './variant-joins.ts'
import { isGroup, juniorFrom } from './person-rules.ts'

const record = (
  key: string,
  spelling: string,
  years: readonly number[],
  films: readonly string[] = years.map((year) => `${key}-${year}`),
): IdentityRecord => ({
  key,
  spellings: new Map([[spelling, years.length]]),
  films: new Set(films),
  first: Math.min(...years),
  last: Math.max(...years),
  credits: years.length,
})

describe('withoutNickname', () => {
  it.each([
    ['George "Gabby" Hayes', 'george-hayes'],
    ['Dwayne "The Rock" Johnson', 'dwayne-johnson'],
    ["Charles 'Chic' Sale", 'charles-sale'],
    ["Dave (Tex) O'Brien", 'dave-o-brien'],
  ])('reads %s as %s', (spelling, plain) => {
    expect(withoutNickname(spelling)).toBe(plain)
  })

  it('leaves a name with no nickname, an apostrophe, or a nickname that is the whole name', () => {
    expect(withoutNickname('Catherine O’Hara')).toBeNull()
    expect(withoutNickname("Dave O'Brien")).toBeNull()
    expect(withoutNickname("'Billy' MOP")).toBeNull()
  })
})

describe('joinVariants', () => {
  it('joins La Marr and LaMarr under the spelling most credits use', () => {
    const joins = joinVariants([
      record('barbara-la-marr', 'Barbara La Marr', [1921, 1922, 1925]),
      record('barbara-lamarr', 'Barbara LaMarr', [1926]),
    ])
    expect(joins).toEqual(
      new Map([['barbara-lamarr', { into: 'barbara-la-marr', rule: 'spacing' }]]),
    )
  })

  it('never joins two records credited in one film, nor two disambiguators', () => {
    expect(
      joinVariants([
        record('kevin-jonas', 'Kevin Jonas', [2009], ['jonas-2009']),
        record('kevin-jonas-sr', 'Kevin Jonas Sr.', [2009], ['jonas-2009']),
      ]).size,
    ).toBe(0)
    expect(
      joinVariants([
        record('harry-carter', 'Harry Carter', [1917]),
        record('harry-carter|actor', 'Harry Carter', [1917]),
        record('harry-carter|english-actor', 'Harry Carter', [1918]),
      ]),
    ).toEqual(new Map([['harry-carter|actor', { into: 'harry-carter', rule: 'disambiguated' }]]))
  })

  it('joins an s-for-z spelling only when it is rare and inside the common one', () => {
    const zasu = record('zasu-pitts', 'ZaSu Pitts', [1917, 1920, 1925, 1930, 1934, 1942])
    expect(
      joinVariants([zasu, record('zazu-pitts', 'Zazu Pitts', [1934])]).get('zazu-pitts'),
    ).toEqual({
      into: 'zasu-pitts',
      rule: 's-for-z',
    })
    expect(joinVariants([zasu, record('zazu-pitts', 'Zazu Pitts', [1960])]).size).toBe(0)
  })

  it('gives the same joins whatever order the records come in', () => {
    const records = [
      record('alan-hale', 'Alan Hale', [1911, 1920, 1942]),
      record('alan-hale-sr', 'Alan Hale Sr.', [1922, 1943]),
      record('george-gabby-hayes', 'George "Gabby" Hayes', [1934, 1940, 1950]),
      record('george-hayes', 'George Hayes', [1934]),
      record('a-j-bowen', 'A. J. Bowen', [2013, 2019]),
      record('aj-bowen', 'AJ Bowen', [2010]),
    ]
    fc.assert(
      fc.property(fc.shuffledSubarray(records, { minLength: records.length }), (shuffled) => {
        expect(joinVariants(shuffled)).toEqual(joinVariants(records))
      }),
    )
  })
})

describe('juniorFrom', () => {
  it("finds Lon Chaney's 1944 films after his last of 1930 inside Lon Chaney Jr.'s career", () => {
    expect(juniorFrom([1915, 1920, 1930, 1944, 1945, 1956], { first: 1934, last: 1971 })).toBe(1944)
  })

  it('moves nothing for one late film, a short hole, or films past the son', () => {
    expect(juniorFrom([1940, 1954, 1982], { first: 1971, last: 1992 })).toBeNull()
    expect(juniorFrom([1930, 1935, 1938], { first: 1934, last: 1971 })).toBeNull()
    expect(juniorFrom([1915, 1930, 1944, 1980], { first: 1934, last: 1971 })).toBeNull()
  })
})

describe('isGroup', () => {
  it.each([
    'Marx Brothers',
    'Tom and Jerry',
    'East Side Kids',
    'Laurel and Hardy',
    'Simon & Garfunkel',
    'Bill Haley & His Comets',
    'The Rolling Stones',
    'Chicago Symphony Orchestra',
  ])('reads %s as a group', (name) => {
    expect(isGroup(name)).toBe(true)
  })

  it.each(['Cher', 'The Rock', 'The Edge', 'Boyd Holbrook', 'Sly Stone', 'Margaret Leslie'])(
    'reads %s as one person',
    (name) => {
      expect(isGroup(name)).toBe(false)
    },
  )
})

import fc from 'fast-check'
import { compareNames, sortBySurname, surname } from './person-name.ts'

const sorted = (names: readonly string[]) => sortBySurname(names, (name) => name)

describe('surname', () => {
  it('is the last word of a name with several given names', () => {
    expect(surname('Dennis Burkley')).toBe('Burkley')
    expect(surname('Kelly Jo Minter')).toBe('Minter')
    expect(surname('Mary Elizabeth Mastrantonio')).toBe('Mastrantonio')
  })

  it('is a single name itself', () => {
    expect(surname('Cher')).toBe('Cher')
    expect(surname('  Cher ')).toBe('Cher')
  })

  it('skips generational suffixes, with or without a comma', () => {
    expect(surname('Harry Carey Jr.')).toBe('Carey')
    expect(surname('Harry Carey, Jr.')).toBe('Carey')
    expect(surname('Sammy Davis Jr')).toBe('Davis')
    expect(surname('Louis Gossett Sr.')).toBe('Gossett')
    expect(surname('Davis Love III')).toBe('Love')
    expect(surname('John Doe II')).toBe('Doe')
  })

  it('passes over initials', () => {
    expect(surname('L. Craig King')).toBe('King')
    expect(surname('Michael J. Fox')).toBe('Fox')
    expect(surname('J.K. Simmons')).toBe('Simmons')
  })

  it('keeps a hyphenated surname whole', () => {
    expect(surname('Catherine Zeta-Jones')).toBe('Zeta-Jones')
    expect(surname('Ada Okonkwo-Bell')).toBe('Okonkwo-Bell')
  })

  it('keeps particles with the surname, but never takes a given name for one', () => {
    expect(surname('Dick Van Dyke')).toBe('Van Dyke')
    expect(surname('Robert De Niro')).toBe('De Niro')
    expect(surname('Maria van der Berg')).toBe('van der Berg')
    expect(surname('Van Johnson')).toBe('Johnson')
  })

  it('leaves accents as they are', () => {
    expect(surname('Gael García')).toBe('García')
  })
})

describe('compareNames', () => {
  it('orders accented letters with their base letters, and numbers by value', () => {
    expect(['Zimmer', 'Émile', 'Ellis'].sort(compareNames)).toEqual(['Ellis', 'Émile', 'Zimmer'])
    expect(['Guard 10', 'Guard 2'].sort(compareNames)).toEqual(['Guard 2', 'Guard 10'])
  })

  it('ignores punctuation, as search does', () => {
    expect(['Okafor', "O'Hara", 'Ogden'].sort(compareNames)).toEqual(['Ogden', "O'Hara", 'Okafor'])
  })
})

describe('sortBySurname', () => {
  it('files suffixes, initials and particles the way a fan expects', () => {
    expect(
      sorted([
        'Vince Vaughn',
        'Cher',
        'Sammy Davis Jr.',
        'Dick Van Dyke',
        'J.K. Simmons',
        'Al Cole',
      ]),
    ).toEqual([
      'Cher',
      'Al Cole',
      'Sammy Davis Jr.',
      'J.K. Simmons',
      'Dick Van Dyke',
      'Vince Vaughn',
    ])
  })

  it('sorts accented surnames among the plain ones', () => {
    expect(sorted(['Ana Müller', 'Bo Mendes', 'Cy Murphy', 'Di Mónaco'])).toEqual([
      'Bo Mendes',
      'Di Mónaco',
      'Ana Müller',
      'Cy Murphy',
    ])
  })

  it('breaks a tie on surname by full name, then keeps the given order', () => {
    const credits = [
      { name: 'Laura Dern', billing: 1 },
      { name: 'Bruce Dern', billing: 2 },
      { name: 'Laura Dern', billing: 3 },
    ]
    expect(sortBySurname(credits, (credit) => credit.name).map((c) => c.billing)).toEqual([2, 1, 3])
  })

  it('property: every name is kept, in surname order', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[A-Za-zé' .-]{0,12}$/)), (names) => {
        const result = sorted(names)
        expect([...result].sort()).toEqual([...names].sort())
        for (let i = 1; i < result.length; i += 1) {
          expect(
            compareNames(surname(result[i - 1] as string), surname(result[i] as string)),
          ).toBeLessThanOrEqual(0)
        }
      }),
    )
  })
})

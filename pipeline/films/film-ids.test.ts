import fc from 'fast-check'
import { ID_MAX_LENGTH, ID_PATTERN } from '../../contract/ids.ts'
import { assignFilmIds, ownId, type IdFacts } from './film-ids.ts'

const film = (
  title: string,
  year: number,
  href: string | null = null,
  cast: string[] = [],
): IdFacts => ({
  title,
  year,
  href,
  cast,
  genres: [],
})

describe('ownId', () => {
  it('is the title and year, plus what the article adds beyond "film" and a year', () => {
    expect(ownId(film('Mask', 1985, 'Mask_(1985_film)'))).toBe('mask-1985')
    expect(ownId(film('Airplane!', 1980, 'Airplane!'))).toBe('airplane-1980')
    expect(ownId(film('Alligator', 1980, 'Alligator_(film)'))).toBe('alligator-1980')
    expect(ownId(film('Between Men', 1915, 'Between_Men_(1916_film)'))).toBe('between-men-1915')
    expect(ownId(film('Harlow', 1965, 'Harlow_(Magna_film)'))).toBe('harlow-1965-magna')
    expect(ownId(film('Black Sheep', 2007, 'Black_Sheep_(2006_New_Zealand_film)'))).toBe(
      'black-sheep-2007-new-zealand',
    )
    expect(ownId(film("Salem's Lot", 1979, 'Salem%27s_Lot_(1979_miniseries)'))).toBe(
      'salem-s-lot-1979-miniseries',
    )
  })

  it('ignores an article about something else, a section link, or parentheses the title has', () => {
    expect(ownId(film('Mr. Ford', 1915, 'Francis_Ford_(actor)'))).toBe('mr-ford-1915')
    expect(ownId(film('Laughing Gas', 1907, 'Laughing_Gas_(film)#1907_Film'))).toBe(
      'laughing-gas-1907',
    )
    expect(
      ownId(film('Susan Lenox (Her Fall and Rise)', 1931, 'Susan_Lenox_(Her_Fall_and_Rise)')),
    ).toBe('susan-lenox-her-fall-and-rise-1931')
  })

  it("stays within the app's id length, with room for a fallback suffix", () => {
    const long = film(
      'A'.repeat(20).split('').join(' word '),
      2000,
      `${'A_word_'.repeat(19)}A_(Someone_Quite_Long_Indeed_To_Name_film)`,
    )
    expect(ownId(long).length).toBeLessThanOrEqual(ID_MAX_LENGTH - 4)
    expect(ownId(long)).toMatch(ID_PATTERN)
  })
})

describe('assignFilmIds', () => {
  it('gives the two Carmens of 1915 two ids, from their articles', () => {
    const ids = assignFilmIds([
      film('Carmen', 1915, 'Carmen_(1915_Cecil_B._DeMille_film)', [
        'Geraldine Farrar',
        'Wallace Reid',
      ]),
      film('Carmen', 1915, 'Carmen_(1915_Raoul_Walsh_film)', ['Theda Bara']),
    ])
    expect(ids).toEqual(['carmen-1915-cecil-b-demille', 'carmen-1915-raoul-walsh'])
  })

  it('falls back to -2 for a twin with nothing to tell it apart; the one with an article keeps the id', () => {
    expect(
      assignFilmIds([film('The Decoy', 1916), film('The Decoy', 1916, 'The_Decoy_(1916_film)')]),
    ).toEqual(['the-decoy-1916-2', 'the-decoy-1916'])
    expect(assignFilmIds([film('Suspicion', 1918, 'S'), film('Suspicion', 1918, 'S')])).toEqual([
      'suspicion-1918',
      'suspicion-1918-2',
    ])
  })

  it('never hands out an id another source holds', () => {
    expect(assignFilmIds([film('X', 2000), film('X', 2000)], new Set(['x-2000-2']))).toEqual([
      'x-2000',
      'x-2000-3',
    ])
  })
})

// Few titles and years, so that collisions are common.
const facts = fc.record({
  title: fc.constantFrom('Carmen', 'Mask', 'Mask!', 'The Decoy', 'Élan'),
  year: fc.constantFrom(1915, 1985),
  href: fc.option(
    fc.constantFrom(
      'Carmen_(1915_Raoul_Walsh_film)',
      'Mask_(1985_film)',
      'Mask_(Fox_film)',
      'Other',
    ),
    {
      nil: null,
    },
  ),
  cast: fc.array(fc.constantFrom('Cher', 'Theda Bara'), { maxLength: 2 }),
  genres: fc.array(fc.constantFrom('Drama'), { maxLength: 1 }),
})
const pairs = (films: IdFacts[], ids: string[]) =>
  films.map((f, i) => `${JSON.stringify(f)} ${ids[i]}`).sort()

describe('the id rule, as properties', () => {
  it('gives unique ids that the app accepts', () => {
    fc.assert(
      fc.property(fc.array(facts, { maxLength: 30 }), (films) => {
        const ids = assignFilmIds(films)
        expect(new Set(ids).size).toBe(films.length)
        for (const id of ids) expect(id).toMatch(ID_PATTERN)
      }),
    )
  })

  it('gives each film the same id whatever the order of the input', () => {
    fc.assert(
      fc.property(
        fc
          .array(facts, { maxLength: 30 })
          .chain((films) =>
            fc.tuple(
              fc.constant(films),
              fc.shuffledSubarray(films, { minLength: films.length, maxLength: films.length }),
            ),
          ),
        ([films, shuffled]) => {
          expect(pairs(shuffled, assignFilmIds(shuffled))).toEqual(
            pairs(films, assignFilmIds(films)),
          )
        },
      ),
    )
  })

  it('changes no id when films are added, unless a new film is an exact twin that ranks first', () => {
    fc.assert(
      fc.property(
        fc.array(facts, { maxLength: 20 }),
        fc.array(facts, { maxLength: 10 }),
        (films, added) => {
          const before = assignFilmIds(films)
          const after = assignFilmIds([...films, ...added])
          const addedIds = new Set(added.map(ownId))
          films.forEach((f, i) => {
            // A film whose own id no new film shares keeps its id; so does a
            // group's first film, unless a newcomer ranks before it.
            if (!addedIds.has(ownId(f))) expect(after[i]).toBe(before[i])
            else if (
              before[i] === ownId(f) &&
              !added.some((a) => ownId(a) === ownId(f) && rankedBefore(a, f))
            )
              expect(after[i]).toBe(before[i])
          })
        },
      ),
    )
  })
})

function rankedBefore(a: IdFacts, b: IdFacts): boolean {
  const ids = assignFilmIds([b, a])
  return ids[1] === ownId(a)
}

import fc from 'fast-check'
import type { Film } from '../../contract/film-schema.ts'
import { listedFilm } from '../test/builders.ts'
import { distinctions, distinguish } from './distinctions.ts'

const film = (id: string, title: string, year: number, href: string | null, cast: string[]) =>
  listedFilm(id, { title, year, href }, cast)

// As the real lists give them (movies-1910s.json, movies-1970s.json, movies-1910s.json).
const carmens = [
  film('carmen-1915-cecil-b-demille', 'Carmen', 1915, 'Carmen_(1915_Cecil_B._DeMille_film)', [
    'Geraldine Farrar',
    'Wallace Reid',
  ]),
  film('carmen-1915-raoul-walsh', 'Carmen', 1915, 'Carmen_(1915_Raoul_Walsh_film)', ['Theda Bara']),
]
const treasureIslands = [
  film(
    'treasure-island-1972-animated',
    'Treasure Island',
    1972,
    'Treasure_Island_(1972_animated_film)',
    ['Richard Dawson', 'Davy Jones'],
  ),
  film(
    'treasure-island-1972-live-action',
    'Treasure Island',
    1972,
    'Treasure_Island_(1972_live-action_film)',
    ['Orson Welles', 'Lionel Stander'],
  ),
]
// One twin has no article, the other's adds nothing but "film" and the year.
const decoys = [
  film('the-decoy-1916', 'The Decoy', 1916, 'The_Decoy_(1916_film)', [
    'William Garwood',
    'Edward Brady',
  ]),
  film('the-decoy-1916-2', 'The Decoy', 1916, null, ['Frances Nelson', 'Gladden James']),
]

describe('distinctions', () => {
  it("tells twins apart by their article's disambiguator, as the article writes it", () => {
    expect(distinctions([...carmens, ...treasureIslands])).toEqual(
      new Map([
        ['carmen-1915-cecil-b-demille', 'Cecil B. DeMille'],
        ['carmen-1915-raoul-walsh', 'Raoul Walsh'],
        ['treasure-island-1972-animated', 'animated'],
        ['treasure-island-1972-live-action', 'live-action'],
      ]),
    )
  })

  it('falls back to the first star where the article says nothing', () => {
    expect(distinctions(decoys)).toEqual(
      new Map([
        ['the-decoy-1916', 'with William Garwood'],
        ['the-decoy-1916-2', 'with Frances Nelson'],
      ]),
    )
  })

  it('names as many stars as it takes, and mixes the kinds within a title and year', () => {
    const woods = [
      film(
        'back-to-the-woods-1918-goldwyn',
        'Back to the Woods',
        1918,
        'Back_to_the_Woods_(1918_Goldwyn_film)',
        ['Mabel Normand'],
      ),
      film('back-to-the-woods-1918', 'Back to the Woods', 1918, 'Back_to_the_Woods_(1918_film)', [
        'Harold Lloyd',
      ]),
    ]
    const victorias = [
      film('v', 'The Young Victoria', 2009, null, ['Emily Blunt', 'Rupert Friend', 'Paul Bettany']),
      film('v-2', 'The Young Victoria', 2009, null, [
        'Emily Blunt',
        'Rupert Friend',
        'Mark Strong',
      ]),
    ]
    expect(distinctions([...woods, ...victorias])).toEqual(
      new Map([
        ['back-to-the-woods-1918-goldwyn', 'Goldwyn'],
        ['back-to-the-woods-1918', 'with Harold Lloyd'],
        ['v', 'with Emily Blunt, Rupert Friend and Paul Bettany'],
        ['v-2', 'with Emily Blunt, Rupert Friend and Mark Strong'],
      ]),
    )
  })

  it('treats titles that differ in case or punctuation alone as one title', () => {
    const savages = [
      film('savage-1973-theatrical', 'Savage!', 1973, 'Savage!_(1973_theatrical_film)', []),
      film('savage-1973-tv', 'Savage', 1973, 'Savage_(1973_TV_film)', []),
    ]
    expect([...distinctions(savages).values()]).toEqual(['theatrical', 'TV'])
  })

  it('gives a film with no twin nothing, and takes away a stale one', () => {
    const alone = { ...film('mask-1985', 'Mask', 1985, 'Mask_(1985_film)', ['Cher']) }
    const [out] = distinguish([{ ...alone, distinction: 'old' }])
    expect(out).toEqual(alone)
    expect(distinguish(carmens).map((each) => each.distinction)).toEqual([
      'Cecil B. DeMille',
      'Raoul Walsh',
    ])
  })
})

describe('distinctions, by property', () => {
  const titles = fc.constantFrom('Carmen', 'carmen', 'Treasure Island', 'The Decoy')
  const names = fc.constantFrom('Theda Bara', 'Orson Welles', 'Harold Lloyd', 'Emily Blunt')
  const hrefs = fc.option(
    fc.constantFrom('Carmen_(1915_film)', 'Carmen_(1915_Fox_film)', 'Carmen_(Metro_film)'),
  )
  const films = fc
    .uniqueArray(
      fc.record({
        id: fc.stringMatching(/^[a-z]{1,6}$/),
        title: titles,
        year: fc.constantFrom(1915, 1916),
        href: hrefs,
        cast: fc.array(names, { maxLength: 3 }),
      }),
      { selector: (each) => each.id, maxLength: 12 },
    )
    .map((list) => list.map((each) => film(each.id, each.title, each.year, each.href, each.cast)))
  const key = (each: Film) => `${each.title.toLowerCase()}|${each.year}`

  it('labels every film of a shared title and year, each label its own, and no other film', () => {
    fc.assert(
      fc.property(films, (list) => {
        const labels = distinctions(list)
        for (const each of list) {
          const twins = list.filter((other) => key(other) === key(each))
          expect(labels.has(each.id)).toBe(twins.length > 1)
          const theirs = twins.map((twin) => labels.get(twin.id))
          expect(new Set(theirs).size).toBe(twins.length)
        }
      }),
    )
  })

  it('does not depend on the order of the films', () => {
    fc.assert(
      fc.property(films, (list) => {
        expect(distinctions([...list].reverse())).toEqual(distinctions(list))
      }),
    )
  })
})

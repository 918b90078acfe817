import fc from 'fast-check'
import { normaliseCast } from './cast-strings.ts'
import { appearance as credit } from '../test/builders.ts'
import { personOfCredit, resolvePeople, type Appearance } from './people.ts'

const TITLES = ['Mask', 'Moonstruck', 'The Wizard of Oz', 'The Wizard of Oz 3D', 'Star Wars']

/** The resolution, with each credit's person in the credits' order, joined by key. */
function resolved(credits: readonly Appearance[]) {
  const result = resolvePeople(credits)
  return { ...result, personIds: credits.map((each) => personOfCredit(result, each)) }
}
const idsOf = (credits: Appearance[]) => resolved(credits).personIds
const years = (from: number, to: number, step = 1) =>
  Array.from({ length: Math.floor((to - from) / step) + 1 }, (_, i) => from + i * step)

describe('resolvePeople', () => {
  it('makes ZaSu Pitts and Zasu Pitts one person, written as most credits write her, and reports the merge', () => {
    const credits = [
      credit('ZaSu Pitts', 1930),
      credit('ZaSu Pitts', 1931),
      credit('Zasu Pitts', 1932),
    ]
    const result = resolved(credits)
    expect(result.personIds).toEqual(['zasu-pitts', 'zasu-pitts', 'zasu-pitts'])
    expect(result.people).toEqual([{ id: 'zasu-pitts', name: 'ZaSu Pitts', label: null }])
    expect(result.report).toEqual([
      {
        kind: 'repaired',
        reason: 'merged-case',
        source: { ...credits[2]?.source, person: 'zasu-pitts' },
        text: 'Zasu Pitts',
        detail: 'one person with ZaSu Pitts',
      },
    ])
  })

  it('makes Renée Adorée and Renee Adoree one person, shown with her accents on a tie', () => {
    const result = resolved([credit('Renee Adoree', 1925), credit('Renée Adorée', 1926)])
    expect(result.people).toEqual([{ id: 'renee-adoree', name: 'Renée Adorée', label: null }])
    expect(result.report.map((item) => item.reason)).toEqual(['merged-diacritics'])
  })

  it('makes Lon Chaney Jr. and Lon Chaney, Jr. one person, and his father another', () => {
    const result = resolved([
      credit('Lon Chaney', 1925),
      credit('Lon Chaney Jr.', 1941),
      credit('Lon Chaney, Jr.', 1942),
    ])
    expect(result.personIds).toEqual(['lon-chaney', 'lon-chaney-jr', 'lon-chaney-jr'])
    expect(result.people.map((person) => person.name)).toEqual(['Lon Chaney', 'Lon Chaney Jr.'])
    expect(result.report.map((item) => item.reason)).toEqual(['merged-suffix-comma'])
  })

  it('reads Katherine MacDonald]] as Katherine MacDonald, never showing the markup', () => {
    const result = resolved([
      credit('Katherine MacDonald]]', 1920),
      credit('Katherine MacDonald', 1921),
    ])
    expect(result.people).toEqual([
      { id: 'katherine-macdonald', name: 'Katherine MacDonald', label: null },
    ])
    expect(result.report.map((item) => item.reason)).toEqual(['merged-markup'])
  })

  it('keeps Harry Carter (actor) apart from Harry Carter, both shown as Harry Carter, told apart by years', () => {
    const result = resolved([
      credit('Harry Carter', 1915, { disambiguator: 'actor' }),
      credit('Harry Carter', 1930),
    ])
    expect(result.personIds).toEqual(['harry-carter-actor', 'harry-carter'])
    expect(result.people).toEqual([
      { id: 'harry-carter', name: 'Harry Carter', label: '1930' },
      { id: 'harry-carter-actor', name: 'Harry Carter', label: '1915' },
    ])
  })

  it('adds the disambiguator to the years when two people of one name share their years too', () => {
    const result = resolved([
      credit('Harry Carter', 1944, { disambiguator: 'actor' }),
      credit('Harry Carter', 1944, { n: 1, disambiguator: 'English actor' }),
    ])
    expect(result.people.map((person) => person.label)).toEqual([
      '1944, actor',
      '1944, English actor',
    ])
  })

  it("joins a plain name to its one disambiguated record when their years meet, under the plain name's id", () => {
    const result = resolved([
      credit("Dave (Tex) O'Brien", 1944, { disambiguator: 'actor' }),
      credit("Dave (Tex) O'Brien", 1944, { n: 1 }),
      credit('David Powell', 1915),
      credit('David Powell', 1918, { disambiguator: 'actor' }),
      credit('Ray McDonald', 1941, { disambiguator: 'dancer' }),
      credit('Ray McDonald', 1953),
    ])
    expect(result.personIds).toEqual([
      'dave-tex-o-brien',
      'dave-tex-o-brien',
      'david-powell',
      'david-powell',
      'ray-mcdonald-dancer',
      'ray-mcdonald',
    ])
    expect(result.report.filter((item) => item.reason === 'joined-disambiguated')).toHaveLength(2)
  })

  it('splits Harrison Ford into the silent actor and the actor of Star Wars, and reports the split', () => {
    const silent = years(1917, 1928).map((year) => credit('Harrison Ford', year))
    const modern = [1968, 1977, 1981, 1989, 1997, 2008, 2023].map((year) =>
      credit('Harrison Ford', year),
    )
    const result = resolved([...modern, ...silent])
    expect(new Set(result.personIds.slice(0, modern.length))).toEqual(
      new Set(['harrison-ford-1960s']),
    )
    expect(new Set(result.personIds.slice(modern.length))).toEqual(new Set(['harrison-ford']))
    expect(result.people).toEqual([
      { id: 'harrison-ford', name: 'Harrison Ford', label: '1917–1928' },
      { id: 'harrison-ford-1960s', name: 'Harrison Ford', label: '1968–2023' },
    ])
    expect(result.report).toEqual([
      expect.objectContaining({
        kind: 'repaired',
        reason: 'namesake-split',
        text: 'Harrison Ford',
        source: expect.objectContaining({ film: 'film-1968-0', person: 'harrison-ford-1960s' }),
      }),
    ])
  })

  it('keeps a comeback inside one life whole, and a re-release in the career it repeats', () => {
    // Mae West: 1932 to 1943, then 1970 and 1978; 46 years in all.
    expect(new Set(idsOf([1932, 1943, 1970, 1978].map((y) => credit('Mae West', y))))).toEqual(
      new Set(['mae-west']),
    )
    const garland = [
      ...years(1937, 1963, 2).map((year) => credit('Judy Garland', year)),
      credit('Judy Garland', 1939, { n: 1, title: 'The Wizard of Oz' }),
      credit('Judy Garland', 2013, { title: 'The Wizard of Oz 3D' }),
    ]
    const result = resolved(garland)
    expect(new Set(result.personIds)).toEqual(new Set(['judy-garland']))
    expect(result.report).toEqual([
      expect.objectContaining({
        kind: 'review',
        reason: 'long-career',
        text: 'Judy Garland',
        detail: '1937–2013, 16 films',
      }),
    ])
  })

  it('keeps a name review found to be one person whole, and says so', () => {
    const result = resolved([credit('Norman Lloyd', 1942), credit('Norman Lloyd', 2005)])
    expect(result.personIds).toEqual(['norman-lloyd', 'norman-lloyd'])
    expect(result.report.map((item) => [item.kind, item.reason])).toEqual([
      ['review', 'long-career'],
      ['review', 'namesake-kept-whole'],
    ])
  })

  it('is one person for Cher in Mask, named by its page and by the list, and in Moonstruck', () => {
    const page: Appearance = {
      ...credit('Cher', 1985, { title: 'Mask' }),
      film: 'mask-1985',
      origin: 'page',
    }
    const list: Appearance = { ...page, origin: 'wikipedia-list' }
    const moonstruck = { ...credit('Cher', 1987, { title: 'Moonstruck' }), film: 'moonstruck-1987' }
    expect(idsOf([page, list, moonstruck])).toEqual(['cher', 'cher', 'cher'])
  })

  it('joins a Sr. to the plain name when their years meet; a plain name long after is the son', () => {
    const result = resolved([
      credit('Noah Beery', 1920),
      credit('Noah Beery', 1921),
      credit('Noah Beery Sr.', 1922),
      credit('Tyrone Power Sr.', 1914),
      credit('Tyrone Power', 1936),
    ])
    expect(result.personIds).toEqual([
      'noah-beery',
      'noah-beery',
      'noah-beery',
      'tyrone-power-sr',
      'tyrone-power',
    ])
    expect(result.report.map((item) => [item.reason, item.text])).toEqual([
      ['joined-sr', 'Noah Beery Sr.'],
      ['sr-and-plain-name', 'Tyrone Power Sr.'],
    ])
  })

  it('gives Lon Chaney Jr. the films credited to Lon Chaney after his death, and reports each', () => {
    const father = [1915, 1920, 1925, 1930].map((year) => credit('Lon Chaney', year))
    const son = [1934, 1941, 1943, 1948, 1971].map((year) => credit('Lon Chaney Jr.', year))
    const late = [1944, 1945, 1956].map((year) => credit('Lon Chaney', year, { n: 1 }))
    const result = resolved([...father, ...son, ...late])
    expect(result.personIds).toEqual([
      ...father.map(() => 'lon-chaney'),
      ...son.map(() => 'lon-chaney-jr'),
      ...late.map(() => 'lon-chaney-jr'),
    ])
    expect(result.report.filter((item) => item.reason === 'jr-credit-moved')).toHaveLength(3)
  })

  it('keeps one late film with the father: a cameo is as likely as the son', () => {
    const result = resolved([
      credit('Desi Arnaz', 1940),
      credit('Desi Arnaz', 1954),
      credit('Desi Arnaz', 1982),
      credit('Desi Arnaz Jr.', 1971),
      credit('Desi Arnaz Jr.', 1992),
    ])
    expect(result.personIds.slice(0, 3)).toEqual(['desi-arnaz', 'desi-arnaz', 'desi-arnaz'])
  })

  it('splits a robert-walker three ways: an older namesake, the actor, and his son', () => {
    const result = resolved([
      ...[1917, 1918, 1925].map((year) => credit('Robert Walker', year)),
      ...[1944, 1945, 1951].map((year) => credit('Robert Walker', year)),
      ...[1969, 1970].map((year) => credit('Robert Walker', year, { n: 1 })),
      ...[1964, 1974].map((year) => credit('Robert Walker Jr.', year)),
    ])
    expect(result.personIds).toEqual([
      ...Array<string>(3).fill('robert-walker'),
      ...Array<string>(3).fill('robert-walker-1940s'),
      ...Array<string>(4).fill('robert-walker-jr'),
    ])
    expect(result.report.map((item) => item.reason)).toContain('namesake-pinned')
  })

  it.each([
    ['Barbara La Marr', 'Barbara LaMarr', 'joined-spacing'],
    ['Yvonne De Carlo', 'Yvonne DeCarlo', 'joined-spacing'],
    ['Paul Le Mat', 'Paul LeMat', 'joined-spacing'],
    ['A. J. Bowen', 'AJ Bowen', 'joined-spacing'],
    ['B. D. Wong', 'BD Wong', 'joined-spacing'],
    ['C. C. H. Pounder', 'CCH Pounder', 'joined-spacing'],
    ['Alan Hale', 'Alan Hale Sr.', 'joined-sr'],
    ['George "Gabby" Hayes', 'George Hayes', 'joined-nickname'],
    ['Dwayne Johnson', 'Dwayne "The Rock" Johnson', 'joined-nickname'],
  ])('makes %s and %s one person (%s)', (common, rare, reason) => {
    const result = resolved([
      credit(common, 1990),
      credit(common, 1991),
      credit(rare, 1992, { n: 1 }),
    ])
    expect(new Set(result.personIds).size).toBe(1)
    expect(result.people.map((person) => person.name)).toEqual([common])
    expect(result.report).toEqual([expect.objectContaining({ reason, text: rare })])
  })

  it('makes Zazu Pitts (one film) one person with ZaSu Pitts, but not two names used in one film', () => {
    const zasu = years(1917, 1942, 5).map((year) => credit('ZaSu Pitts', year))
    const result = resolved([...zasu, credit('Zazu Pitts', 1934, { n: 1 })])
    expect(new Set(result.personIds)).toEqual(new Set(['zasu-pitts']))
    expect(result.report.map((item) => item.reason)).toEqual(['joined-s-for-z'])
    const together = resolved([credit('Cliff De Young', 1984), credit('Cliff DeYoung', 1984)])
    expect(new Set(together.personIds).size).toBe(2)
  })

  it('keeps apart a nickname review found to be another person', () => {
    const result = resolved([credit('William Boyd', 1930), credit('William "Stage" Boyd', 1931)])
    expect(result.personIds).toEqual(['william-boyd', 'william-stage-boyd'])
  })

  it('marks groups, double acts and bands, and no person', () => {
    const names = ['Marx Brothers', 'Tom and Jerry', 'East Side Kids', 'The Three Stooges', 'Cher']
    const result = resolved(names.map((name, n) => credit(name, 1940, { n })))
    expect(result.people.map((person) => [person.name, person.group ?? false])).toEqual([
      ['Cher', false],
      ['East Side Kids', true],
      ['Marx Brothers', true],
      ['The Three Stooges', true],
      ['Tom and Jerry', true],
    ])
  })
})

// ---- Properties -------------------------------------------------------------

const NAMES = [
  'ZaSu Pitts',
  'Zasu Pitts',
  'Lon Chaney',
  'Lon Chaney Jr.',
  'Lon Chaney, Jr.',
  'Harrison Ford',
  'Renée Adorée',
  'Renee Adoree',
  'Harry Carter',
  'Cher',
  'Norman Lloyd',
]
// Spellings the join rules read: each pair may or may not be joined, by its years and films.
const VARIANTS = [
  'Zazu Pitts',
  'Noah Beery',
  'Noah Beery Sr.',
  'George "Gabby" Hayes',
  'George Hayes',
  'Yvonne De Carlo',
  'Yvonne DeCarlo',
  'Robert Walker',
  'Robert Walker Jr.',
  'Marx Brothers',
]
const anyAppearance = (names: readonly string[]) =>
  fc
    .record({
      actor: fc.constantFrom(...names),
      year: fc.integer({ min: 1900, max: 2023 }),
      n: fc.integer({ min: 0, max: 4 }),
      disambiguator: fc.constantFrom(null, null, 'actor', 'English actor'),
    })
    .map(({ actor, year, n, disambiguator }) =>
      credit(actor, year, {
        n,
        disambiguator,
        title: TITLES[(year + n) % TITLES.length] as string,
        documentary: n === 4,
      }),
    )
const appearances = fc.array(anyAppearance(NAMES), { maxLength: 60 })
const plainAppearances = appearances.map((credits) =>
  credits.map((each) => ({ ...each, disambiguator: null })),
)
/** With spellings the join rules read: ids may move as credits come, but never by order. */
const anyAppearances = fc.array(anyAppearance([...NAMES, ...VARIANTS]), { maxLength: 60 })

describe('resolvePeople, for any credits', () => {
  it('does not depend on their order', () => {
    fc.assert(
      fc.property(anyAppearances, fc.infiniteStream(fc.nat()), (credits, randoms) => {
        const order = credits.map((_, i) => i).sort((a, b) => a - b)
        const shuffled = [...order]
        const picks = randoms.take(shuffled.length)
        for (const [i, pick] of [...picks].entries()) {
          const j = i + (pick % (shuffled.length - i))
          ;[shuffled[i], shuffled[j]] = [shuffled[j] as number, shuffled[i] as number]
        }
        const one = resolved(credits)
        const two = resolved(shuffled.map((i) => credits[i] as Appearance))
        expect(shuffled.map((i) => one.personIds[i])).toEqual(two.personIds)
        expect(two.people).toEqual(one.people)
        expect(two.report).toEqual(one.report)
      }),
    )
  })

  it('is idempotent: resolving the names it chose gives the same people', () => {
    fc.assert(
      fc.property(anyAppearances, (credits) => {
        const once = resolved(credits)
        const names = new Map(once.people.map((person) => [person.id, person.name]))
        const again = resolved(
          credits.map((each, i) => ({
            ...each,
            actor: names.get(once.personIds[i] as string) as string,
          })),
        )
        expect(again.personIds).toEqual(once.personIds)
        expect(again.people).toEqual(once.people)
      }),
    )
  })

  it('never merges two people disambiguators tell apart', () => {
    fc.assert(
      fc.property(anyAppearances, (credits) => {
        const ids = resolved(credits).personIds
        credits.forEach((a, i) =>
          credits.forEach((b, j) => {
            if (a.disambiguator && b.disambiguator && a.disambiguator !== b.disambiguator)
              expect(ids[i]).not.toBe(ids[j])
          }),
        )
      }),
    )
  })

  it('keeps every id when films with other names are added', () => {
    const others = fc.array(
      fc
        .record({
          actor: fc.constantFrom('Theda Bara', 'Anna May Wong'),
          year: fc.integer({ min: 1900, max: 2023 }),
        })
        .map(({ actor, year }) => credit(actor, year, { n: 5 })),
      { maxLength: 10 },
    )
    fc.assert(
      fc.property(appearances, others, (credits, added) => {
        const before = idsOf(credits)
        expect(idsOf([...credits, ...added]).slice(0, credits.length)).toEqual(before)
      }),
    )
  })

  it("keeps the id of each name's first credits when later films are added", () => {
    fc.assert(
      // Without disambiguators: a plain credit that comes to meet a disambiguated
      // record's years joins it, and that record's id goes (ADR 10).
      fc.property(plainAppearances, plainAppearances, (credits, more) => {
        const last = Math.max(1900, ...credits.map((each) => each.year))
        const later = more.map((each) =>
          credit(each.actor, last + 1 + (each.year % 50), {
            n: 6,
            disambiguator: each.disambiguator,
          }),
        )
        const before = idsOf(credits)
        const after = idsOf([...credits, ...later])
        const first = new Map<string, number>()
        credits.forEach((each, i) => {
          const key = `${before[i]}`
          if (!first.has(key) || (credits[first.get(key) as number] as Appearance).year > each.year)
            first.set(key, i)
        })
        for (const [id, i] of first) if (!id.match(/-\d{4}s$/)) expect(after[i]).toBe(id)
      }),
    )
  })
})

describe('cast strings, then people', () => {
  const RESIDUE = [
    ']',
    '[a]',
    '(',
    ')',
    '.',
    'and',
    '(US)',
    'Narrated by',
    'voices of',
    '(teleplay)',
    '(writers)',
    '(voice)',
    '(voices)',
    'The',
    'Cast:',
    'Sr.',
    'Footage of',
    'Unknown',
    'The life of',
    '1972 Summer Olympics',
    'and his Orchestra',
  ]
  it('never makes a person out of residue, a caption or a crew credit', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.constantFrom(...RESIDUE, ...NAMES), { maxLength: 8 }), {
          maxLength: 8,
        }),
        (columns) => {
          const credits = columns.flatMap((column, n) =>
            normaliseCast(column, n % 2 === 1).credits.map((each) =>
              credit(each.actor, 1950 + n, { n, disambiguator: each.disambiguator }),
            ),
          )
          for (const person of resolved(credits).people) {
            expect(RESIDUE).not.toContain(person.name)
            expect(person.name).toMatch(/\p{L}/u)
          }
        },
      ),
    )
  })
})

describe('personOfCredit', () => {
  // pipeline/build.ts gives every credit its person through this join: were it by
  // position, a step that reordered the appearances would give credits the
  // wrong people.
  it('joins each credit to its own person, whatever order the appearances came in', () => {
    const credits = [
      credit('Cher', 1985),
      credit('Sam Elliott', 1985),
      credit('Laura Dern', 1985),
      credit('Cher', 1987, { n: 1 }),
    ]
    const expected = ['cher', 'sam-elliott', 'laura-dern', 'cher']
    for (const order of [
      [0, 1, 2, 3],
      [3, 2, 1, 0],
      [2, 0, 3, 1],
    ]) {
      const result = resolvePeople(order.map((i) => credits[i] as Appearance))
      expect(credits.map((each) => personOfCredit(result, each))).toEqual(expected)
    }
  })

  it('tells a list credit from the page credit at the same place in the same film', () => {
    const list = credit('Cher', 1985)
    const page: Appearance = { ...credit('Eric Stoltz', 1985), origin: 'page', credit: list.credit }
    const result = resolvePeople([page, list])
    expect(personOfCredit(result, list)).toBe('cher')
    expect(personOfCredit(result, page)).toBe('eric-stoltz')
  })

  it('refuses a credit the people step never saw, and two appearances of one credit', () => {
    const cher = credit('Cher', 1985)
    expect(() => personOfCredit(resolvePeople([cher]), { ...cher, credit: -1 })).toThrow(
      /no person resolved/,
    )
    expect(() => resolvePeople([cher, { ...cher, actor: 'Sam Elliott' }])).toThrow(
      /two appearances are one credit/,
    )
  })
})

// @vitest-environment node
import { normaliseCast, type CastReason } from './cast-strings.ts'

const actors = (strings: string[], documentary = false) =>
  normaliseCast(strings, documentary).credits.map((credit) => credit.actor)
const reasons = (strings: string[], documentary = false) =>
  normaliseCast(strings, documentary).notices.map((notice) => [
    notice.text,
    notice.reason,
    notice.placed,
  ])

describe('normaliseCast', () => {
  it('keeps plain names, nicknames and one-word acts as they are, in list order', () => {
    const names = [
      'Cher',
      'Don "Red" Barry',
      "Dave (Tex) O'Brien",
      '50 Cent',
      'will.i.am',
      'Simon & Garfunkel',
    ]
    expect(normaliseCast(names)).toEqual({
      credits: names.map((actor) => ({ actor, note: null })),
      notices: [],
    })
  })

  it.each<[string, CastReason]>([
    ['(voice)', 'credit-note'],
    ['(as herself)', 'credit-note'],
    ['(credited as Bruce Jenner)', 'credit-note'],
    ['(narrator)', 'credit-note'],
    ['(uncredited bit)', 'credit-note'],
    [']', 'list-residue'],
    ['[a]', 'list-residue'],
    ['(', 'list-residue'],
    [')', 'list-residue'],
    ['.', 'list-residue'],
    ['and', 'list-residue'],
    ['voices of', 'list-heading'],
    ['Cast:', 'list-heading'],
    ['(writers)', 'crew-credit'],
    ['Bobby Smith Jr. (teleplay)', 'crew-credit'],
    ['Matt Harris (screenpaly)', 'crew-credit'],
    ['Dir.: Steve Asquith', 'crew-credit'],
    ['many cameos', 'not-a-name'],
    ['Columbine High School massacre', 'not-a-name'],
  ])('keeps %j out of the cast as %s', (text, reason) => {
    expect(normaliseCast(['Cher', text])).toEqual({
      credits: [{ actor: 'Cher', note: null }],
      notices: [{ text, reason, placed: false }],
    })
  })

  it('reads a note the scraper split into "(", words and "…)" as one note', () => {
    const strings = ['William Powell', '(', 'Best Actor', 'nominee)', 'Carole Lombard']
    expect(actors(strings)).toEqual(['William Powell', 'Carole Lombard'])
    expect(reasons(strings)).toEqual([
      ['(', 'award-note', false],
      ['Best Actor', 'award-note', false],
      ['nominee)', 'award-note', false],
    ])
  })

  it('re-attaches a lone suffix to the name before it, and reports that it did', () => {
    expect(actors(['Lon Chaney', 'Noah Beery', 'Sr.', 'Anna May Wong'])).toEqual([
      'Lon Chaney',
      'Noah Beery Sr.',
      'Anna May Wong',
    ])
    expect(reasons(['Noah Beery', 'Sr.'])).toEqual([['Sr.', 'suffix-reattached', true]])
    expect(reasons(['Sr.', 'Noah Beery'])).toEqual([['Sr.', 'list-residue', false]])
  })

  it('drops Wikipedia disambiguators, keeps credit notes as notes, trims residue', () => {
    expect(
      normaliseCast([
        'Harry Carter (actor)',
        'John Wood (English actor)',
        'Alois Havrilla (narrator)',
        'Katherine MacDonald]]',
        'and Ateesh Randev',
      ]).credits,
    ).toEqual([
      { actor: 'Harry Carter', note: null },
      { actor: 'John Wood', note: null },
      { actor: 'Alois Havrilla', note: 'narrator' },
      { actor: 'Katherine MacDonald', note: null },
      { actor: 'Ateesh Randev', note: null },
    ])
  })

  it('splits two full names joined by "and", but not a band', () => {
    expect(actors(['Margaret Leslie and Howard E. Nicholas', 'Sly and the Family Stone'])).toEqual([
      'Margaret Leslie',
      'Howard E. Nicholas',
      'Sly and the Family Stone',
    ])
  })

  it('keeps a name once when the list gives it twice', () => {
    expect(reasons(['Ringo Starr', 'Ringo Starr'])).toEqual([
      ['Ringo Starr', 'duplicate-name', false],
    ])
  })

  it('reads a documentary cast column that describes the subject as a description, all of it', () => {
    expect(actors(['the life of', 'Kurt Gerron'], true)).toEqual([])
    expect(reasons(['deaths of', 'Biggie Smalls'], true)).toEqual([
      ['deaths of', 'description', false],
      ['Biggie Smalls', 'description', false],
    ])
  })

  it('elsewhere, a dangling fragment takes only the string after it along', () => {
    expect(
      actors([
        'Martin Freeman',
        'various child contestants on',
        "Britain's Got Talent",
        'Pam Ferris',
      ]),
    ).toEqual(['Martin Freeman', 'Pam Ferris'])
  })
})

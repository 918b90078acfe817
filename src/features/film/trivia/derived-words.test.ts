import { partsText, wordFact } from './derived-words.ts'

const names = {
  people: { cher: 'Cher', 'sam-elliott': 'Sam Elliott' },
  films: { 'silkwood-1983': ['Silkwood', 1983], 'a-star-is-born-1937': ['A Star Is Born', 1937] },
} as { people: Record<string, string>; films: Record<string, [string, number]> }
const say = (fact: Parameters<typeof wordFact>[0]) => partsText(wordFact(fact, names))

describe('wordFact', () => {
  it('words a place in a career: only, first, last, nth with the same year, after a gap', () => {
    expect(say({ kind: 'career', person: 'cher', place: 1, of: 1 })).toBe(
      'This is Cher’s only listed film.',
    )
    expect(say({ kind: 'career', person: 'cher', place: 1, of: 16 })).toBe(
      'This is Cher’s first of 16 listed films.',
    )
    expect(say({ kind: 'career', person: 'cher', place: 16, of: 16 })).toBe(
      'This is Cher’s last of 16 listed films.',
    )
    expect(say({ kind: 'career', person: 'cher', place: 11, of: 16, sameYear: 1 })).toBe(
      'This is Cher’s 11th of 16 listed films (with 1 more that year).',
    )
    expect(
      say({
        kind: 'career',
        person: 'cher',
        place: 2,
        of: 16,
        gap: { years: 12, film: 'silkwood-1983' },
      }),
    ).toBe('This is Cher’s 2nd of 16 listed films, the first in 12 years, since Silkwood (1983).')
  })

  it('links every name and title', () => {
    const parts = wordFact(
      {
        kind: 'together',
        people: ['cher', 'sam-elliott'],
        place: 2,
        of: 2,
        others: ['silkwood-1983'],
      },
      names,
    )
    expect(partsText(parts)).toBe(
      'Cher and Sam Elliott: their 2nd of 2 films together; also Silkwood (1983).',
    )
    expect(parts.filter((part) => typeof part !== 'string')).toEqual([
      { to: '/people/cher', text: 'Cher' },
      { to: '/people/sam-elliott', text: 'Sam Elliott' },
      { to: '/films/silkwood-1983', text: 'Silkwood (1983)' },
    ])
    expect(say({ kind: 'title', films: ['a-star-is-born-1937'] })).toBe(
      'Other film of this title: A Star Is Born (1937).',
    )
    expect(say({ kind: 'debut', person: 'sam-elliott', of: 32 })).toBe(
      'This is the first listed film of Sam Elliott, of 32.',
    )
  })
})

import fc from 'fast-check'
import { articleNames, chooseTitleCase, stripTitleMarkers } from './clean-titles.ts'

describe('stripTitleMarkers', () => {
  it.each([
    ['The Welcome Burglar[1]', 'The Welcome Burglar'],
    ['The Curtain Pole[1]', 'The Curtain Pole'],
    ['Fly by Night\u00a0[fr]', 'Fly by Night'],
    ['Gerhard Richter Painting\u00a0[de]', 'Gerhard Richter Painting'],
    ['A Film[2][fr]', 'A Film'],
  ])('removes the markers of %j', (title, clean) => {
    expect(stripTitleMarkers(title)).toBe(clean)
  })

  it.each([
    'Mask',
    '(500) Days of Summer',
    'Some Girl(s)',
    'The Human Centipede (First Sequence)',
    'Birdman or (The Unexpected Virtue of Ignorance)',
    'Everything You Always Wanted to Know About Sex* (*But Were Afraid to Ask)',
    '[REC]',
    'Title [Director’s Cut]',
    'Ocean’s [Eleven]',
  ])('leaves %j as it is: no trailing footnote or language code', (title) => {
    expect(stripTitleMarkers(title)).toBe(title)
  })

  it('is idempotent, and keeps every title that has no square bracket', () => {
    fc.assert(
      fc.property(fc.string(), (title) => {
        const once = stripTitleMarkers(title)
        expect(stripTitleMarkers(once)).toBe(once)
        if (!title.includes('[')) expect(once).toBe(title.trim())
      }),
    )
  })
})

describe('articleNames', () => {
  it('reads the name from an href, with and without its disambiguator', () => {
    expect(articleNames('A_Star_Is_Born_(1976_film)')).toEqual([
      'A Star Is Born (1976 film)',
      'A Star Is Born',
    ])
    expect(articleNames('Mask_(1985_film)')).toEqual(['Mask (1985 film)', 'Mask'])
    expect(articleNames('(Untitled)_(2009_film)')).toEqual(['(Untitled) (2009 film)', '(Untitled)'])
    expect(articleNames('Casablanca_(film)')).toEqual(['Casablanca (film)', 'Casablanca'])
    expect(articleNames('Airplane!')).toEqual(['Airplane!'])
    expect(articleNames('Caf%C3%A9_Society')).toEqual(['Café Society'])
  })
})

describe('chooseTitleCase', () => {
  it('shows the article\'s case for "A Star is Born" (1976), as the other three versions are', () => {
    expect(chooseTitleCase('A Star is Born', 'A_Star_Is_Born_(1976_film)')).toEqual({
      kind: 'case',
      article: 'A Star Is Born',
      title: 'A Star Is Born',
    })
    expect(chooseTitleCase('Born to be Bad', 'Born_to_Be_Bad_(1934_film)')).toMatchObject({
      title: 'Born to Be Bad',
    })
    expect(chooseTitleCase('Rain Or Shine', 'Rain_or_Shine_(1930_film)')).toMatchObject({
      title: 'Rain or Shine',
    })
  })

  it("keeps the list's case where it is the one in title case", () => {
    expect(chooseTitleCase('Tom Thumb', 'Tom_thumb_(1958_film)')).toMatchObject({
      title: 'Tom Thumb',
    })
    expect(chooseTitleCase('This Woman Is Mine', 'This_Woman_is_Mine')).toMatchObject({
      title: 'This Woman Is Mine',
    })
    expect(chooseTitleCase('Tough as They Come', 'Tough_As_They_Come')).toMatchObject({
      title: 'Tough as They Come',
    })
  })

  it('never reads case from the first letter, which Wikipedia always capitalises', () => {
    expect(chooseTitleCase('eXistenZ', 'EXistenZ')).toEqual({ kind: 'same' })
    expect(chooseTitleCase('xXx', 'XXx')).toEqual({ kind: 'same' })
    expect(chooseTitleCase('iBoy', 'IBoy')).toEqual({ kind: 'same' })
  })

  it("keeps the list's punctuation, and says the article differs", () => {
    expect(chooseTitleCase('M*A*S*H', 'MASH_(film)')).toEqual({
      kind: 'punctuation',
      article: 'MASH',
    })
    expect(chooseTitleCase('Maniac!', 'Maniac_(1980_film)')).toEqual({
      kind: 'punctuation',
      article: 'Maniac',
    })
  })

  it('has nothing to say without an article, or when the article names the title', () => {
    expect(chooseTitleCase('Fly by Night', null)).toEqual({ kind: 'same' })
    expect(chooseTitleCase('Mask', 'Mask_(1985_film)')).toEqual({ kind: 'same' })
    expect(chooseTitleCase('(Untitled)', '(Untitled)_(2009_film)')).toEqual({ kind: 'same' })
    expect(chooseTitleCase('Casablanca', 'Casablanca_(film)')).toEqual({ kind: 'same' })
    expect(chooseTitleCase('Alien Dead', 'Alien_Dead')).toEqual({ kind: 'same' })
  })

  it('shows one of the two spellings, the same whichever the list has', () => {
    const word = fc.constantFrom('a', 'star', 'is', 'born', 'to', 'be', 'of', 'the', 'night', 'by')
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 2, maxLength: 6 }),
        fc.array(fc.boolean(), { minLength: 12, maxLength: 12 }),
        fc.array(fc.boolean(), { minLength: 12, maxLength: 12 }),
        (words, upA, upB) => {
          const cased = (up: boolean[]) =>
            words.map((w, i) => (up[i] || i === 0 ? w[0]?.toUpperCase() + w.slice(1) : w)).join(' ')
          const [a, b] = [cased(upA), cased(upB)]
          const one = chooseTitleCase(a, b.replace(/ /g, '_'))
          const other = chooseTitleCase(b, a.replace(/ /g, '_'))
          const shown = (choice: typeof one, title: string) =>
            choice.kind === 'case' ? choice.title : title
          expect([a, b]).toContain(shown(one, a))
          // Only a tie keeps whichever the list has.
          if (shown(one, a) !== shown(other, b)) {
            expect([shown(one, a), shown(other, b)]).toEqual([a, b])
          }
        },
      ),
    )
  })
})

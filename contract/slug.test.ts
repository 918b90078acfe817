import { slugify } from './slug.ts'

describe('slugify', () => {
  it('makes ids of letters and digits, punctuation a hyphen as always', () => {
    expect(slugify('Amélie', 2001)).toBe('amelie-2001')
    expect(slugify("Schindler's List", 1993)).toBe('schindler-s-list-1993')
    expect(slugify('Example: Harbour Nights (a Sample)', 1962)).toBe(
      'example-harbour-nights-a-sample-1962',
    )
    expect(slugify('Rocky’s Road — Part II', 2020)).toBe('rocky-s-road-part-ii-2020')
    expect(slugify('?!', 1999)).toBe('1999')
  })
})

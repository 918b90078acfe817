import * as v from 'valibot'
import { cloneFilm, mask } from '../src/test/fixtures.ts'
import { FilmSchema } from './film-schema.ts'
import { validate } from '../src/data/validate.ts'

const url = 'http://localhost/data/films/mask-1985.json'

function pathOf(input: unknown): string | undefined {
  try {
    validate(FilmSchema, input, url)
  } catch (error) {
    return (error as { details: { path?: string } }).details.path
  }
  return undefined
}

describe('FilmSchema', () => {
  it('accepts the published Mask file', () => {
    expect(v.is(FilmSchema, mask)).toBe(true)
  })

  it('holds every fact of the source page', () => {
    expect(mask).toMatchObject({
      title: 'Mask',
      year: 1985,
      releaseDate: { date: '1985-03-08', country: null },
      rating: { value: 7, max: 10, votes: 12168 },
      directors: ['Peter Bogdanovich'],
      gross: { amount: 42_400_000, currency: 'USD', region: 'USA' },
      technicalSpecs: {
        runtime: {
          minutes: null,
          versions: [{ label: 'USA', minutes: null, note: "director's cut" }],
        },
      },
      provenance: { source: 'mask-1985.txt', pageDate: '1985-03-08', warnings: [] },
    })
    expect(mask.cast).toHaveLength(15)
    expect(mask.cast[13]).toEqual({
      id: 'cast-14',
      actor: 'Kelly Jo Minter',
      character: 'Lorrie',
      note: 'as Kelly Minter',
      personId: 'kelly-jo-minter',
    })
    expect(mask.stars.map((star) => mask.cast.find((c) => c.id === star.castId)?.actor)).toEqual([
      'Cher',
      'Eric Stoltz',
      'Sam Elliott',
    ])
    expect(mask.didYouKnow.map((item) => item.kind)).toEqual(['trivia', 'goof', 'quote'])
    expect(mask.didYouKnow[1]).toMatchObject({ category: 'Anachronisms' })
    expect(mask.didYouKnow[2]).toMatchObject({
      lines: [{ speaker: 'Rocky Dennis', qualifier: 'Poem' }],
    })
    expect(mask.reviews[0]).toMatchObject({ rating: { value: 4.5, max: 5 }, commentsClosed: true })
  })

  it('names the failing field path', () => {
    const film = cloneFilm()
    ;(film.cast[3] as { actor: unknown }).actor = 42
    expect(pathOf(film)).toBe('cast[3].actor')
    expect(pathOf({ ...cloneFilm(), rating: { value: 11, max: 10, votes: 1 } })).toBe('rating')
    expect(pathOf(null)).toBe('(the whole file)')
  })

  it('rejects a star pointing at no cast entry, and duplicate ids', () => {
    const film = cloneFilm()
    film.stars[0] = { name: 'Cher', castId: 'cast-404' }
    expect(pathOf(film)).toBe('stars')
    const duplicated = cloneFilm()
    duplicated.reviews = duplicated.reviews.map((review) => ({ ...review, id: 'cast-1' }))
    expect(pathOf(duplicated)).toBe('(the whole file)')
  })

  it('refuses a file of the version before paragraphs by its version', () => {
    const old = { ...cloneFilm(), schemaVersion: 1, storyline: 'One. \n\nTwo.' }
    expect(pathOf(old)).toBe('schemaVersion')
  })

  it('rejects ids that could break out of a URL or an element id', () => {
    expect(pathOf({ ...cloneFilm(), id: '../secrets' })).toBe('id')
  })
})

import { cloneFilm } from '../../../test/fixtures.ts'
import { filterReviews } from './reviews-filter.ts'
import { reviewsParams } from './reviews-params.ts'

const parse = (query: string) => reviewsParams.parse(new URLSearchParams(query))

describe('reviewsParams.parse', () => {
  it('reads min and sort', () => {
    expect(parse('min=4.5&sort=lowest')).toEqual({ min: 4.5, sort: 'lowest' })
  })

  it('falls back to defaults for values it does not offer', () => {
    expect(parse('min=3.7&sort=newest')).toEqual({ min: 0, sort: 'featured' })
    expect(parse('min=99')).toEqual({ min: 0, sort: 'featured' })
  })
})

describe('reviewsParams.serialize', () => {
  it('leaves defaults out of the URL', () => {
    expect(reviewsParams.serialize({ min: 0, sort: 'featured' })).toEqual({ min: null, sort: null })
    expect(reviewsParams.serialize({ min: 4 })).toEqual({ min: '4' })
  })
})

describe('filterReviews', () => {
  const [base] = cloneFilm().reviews
  if (!base) throw new Error('the Mask fixture has a review')
  const reviews = [
    { ...base, id: 'review-1', rating: { value: 3, max: 5 } },
    { ...base, id: 'review-2', rating: null },
    { ...base, id: 'review-3', rating: { value: 9, max: 10 } },
  ]
  const ids = (list: readonly { id: string }[]) => list.map((r) => r.id)

  it('keeps every review, rated or not, with no minimum', () => {
    expect(ids(filterReviews(reviews, { min: 0, sort: 'featured' }))).toEqual([
      'review-1',
      'review-2',
      'review-3',
    ])
  })

  it('compares ratings on a five-star scale and drops unrated reviews under a minimum', () => {
    expect(ids(filterReviews(reviews, { min: 4, sort: 'featured' }))).toEqual(['review-3'])
  })

  it('sorts by rating either way, unrated last', () => {
    expect(ids(filterReviews(reviews, { min: 0, sort: 'highest' }))).toEqual([
      'review-3',
      'review-1',
      'review-2',
    ])
    expect(ids(filterReviews(reviews, { min: 0, sort: 'lowest' }))).toEqual([
      'review-1',
      'review-3',
      'review-2',
    ])
  })
})

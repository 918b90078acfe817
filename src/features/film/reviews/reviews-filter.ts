import type { Review } from '../../../../contract/film-schema.ts'
import type { ReviewsParams } from './reviews-params.ts'

/** A review's rating on a five-star scale, whatever scale it was given on. */
function starsOutOfFive(review: Review): number | null {
  return review.rating ? (review.rating.value / review.rating.max) * 5 : null
}

/** Reviews at or above `min` stars, featured (page) order or by rating; unrated ones sort last. */
export function filterReviews(
  reviews: readonly Review[],
  { min, sort }: ReviewsParams,
): readonly Review[] {
  const shown = reviews.filter((review) => {
    if (min === 0) return true
    const stars = starsOutOfFive(review)
    return stars !== null && stars >= min
  })
  if (sort === 'featured') return shown
  const direction = sort === 'highest' ? -1 : 1
  return [...shown].sort((a, b) => {
    const sa = starsOutOfFive(a)
    const sb = starsOutOfFive(b)
    if (sa === null || sb === null) return Number(sa === null) - Number(sb === null)
    return (sa - sb) * direction
  })
}

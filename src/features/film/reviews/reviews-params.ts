import { defineParams, numberOf, oneOf } from '../../../url-state/define-params.ts'

export const REVIEW_SORTS = ['featured', 'highest', 'lowest'] as const
export type ReviewSort = (typeof REVIEW_SORTS)[number]

/** Lowest rating shown, in stars out of five (0 shows every review, rated or not). */
export const MIN_RATINGS = [0, 1, 2, 3, 4, 4.5, 5] as const

/** `/films/:id/reviews?min=&sort=`: any input gives valid params. */
export const reviewsParams = defineParams({
  min: numberOf(MIN_RATINGS, 0),
  sort: oneOf(REVIEW_SORTS, 'featured'),
})
export type ReviewsParams = ReturnType<typeof reviewsParams.parse>

import { readEnum, readNumber, type ParamValue } from '../../lib/search-params.ts'

export const REVIEW_SORTS = ['featured', 'highest', 'lowest'] as const
export type ReviewSort = (typeof REVIEW_SORTS)[number]

/** Lowest rating shown, in stars out of five (0 shows every review, rated or not). */
export const MIN_RATINGS = [0, 1, 2, 3, 4, 4.5, 5] as const

export interface ReviewsParams {
  readonly min: number
  readonly sort: ReviewSort
}

/** `/films/:id/reviews?min=&sort=`: any input gives valid params. */
export function parseReviewsParams(params: URLSearchParams): ReviewsParams {
  return {
    min: readNumber(params, 'min', MIN_RATINGS, 0),
    sort: readEnum(params, 'sort', REVIEW_SORTS, 'featured'),
  }
}

export function serializeReviewsParams(patch: Partial<ReviewsParams>): Record<string, ParamValue> {
  const entries: Record<string, ParamValue> = {}
  if (patch.min !== undefined) entries.min = patch.min === 0 ? null : String(patch.min)
  if (patch.sort !== undefined) entries.sort = patch.sort === 'featured' ? null : patch.sort
  return entries
}

import { useMemo } from 'react'
import { EmptyState } from '../../components/empty-state.tsx'
import { LiveCount } from '../../components/live-count.tsx'
import { useFilm } from '../../data/use-film.ts'
import { useHashTarget } from '../../hooks/use-hash-target.ts'
import { useUrlParams } from '../../hooks/use-url-params.ts'
import { formatCount, formatFilmLabel, formatPageTitle, plural } from '../../lib/format.ts'
import { toEnum } from '../../lib/search-params.ts'
import { ReviewCard } from './review-card.tsx'
import { filterReviews } from './reviews-filter.ts'
import {
  MIN_RATINGS,
  parseReviewsParams,
  REVIEW_SORTS,
  serializeReviewsParams,
  type ReviewSort,
} from './reviews-params.ts'

const SORT_LABELS: Record<ReviewSort, string> = {
  featured: 'Featured first',
  highest: 'Highest rated',
  lowest: 'Lowest rated',
}

function minLabel(min: number): string {
  if (min === 0) return 'Any rating'
  if (min === 5) return '5 stars only'
  return `${min} stars or more`
}

export function Component() {
  const film = useFilm()
  const [params, update] = useUrlParams(parseReviewsParams, serializeReviewsParams)
  const reviews = useMemo(() => filterReviews(film.reviews, params), [film.reviews, params])
  const targetId = useHashTarget()
  const total = film.reviews.length
  const filtered = params.min > 0

  return (
    <section className="panel" aria-labelledby="section-heading">
      <title>{formatPageTitle('Reviews', formatFilmLabel(film.title, film.year))}</title>
      <h2 id="section-heading">User reviews</h2>
      {total === 0 ? (
        <EmptyState title="No user reviews are recorded for this film." />
      ) : (
        <>
          <div className="toolbar">
            <label className="field">
              <span>Minimum rating</span>
              <select
                value={String(params.min)}
                onChange={(event) => update({ min: Number(event.target.value) })}
              >
                {MIN_RATINGS.map((min) => (
                  <option key={min} value={String(min)}>
                    {minLabel(min)}
                  </option>
                ))}
              </select>
            </label>
            <label className="field">
              <span>Sort by</span>
              <select
                value={params.sort}
                onChange={(event) =>
                  update({ sort: toEnum(event.target.value, REVIEW_SORTS, 'featured') })
                }
              >
                {REVIEW_SORTS.map((sort) => (
                  <option key={sort} value={sort}>
                    {SORT_LABELS[sort]}
                  </option>
                ))}
              </select>
            </label>
          </div>
          <LiveCount>
            {filtered
              ? `${formatCount(reviews.length)} of ${plural(total, 'review', 'reviews')}`
              : plural(total, 'review', 'reviews')}
          </LiveCount>
          {reviews.length === 0 ? (
            <EmptyState title={`No review is rated ${minLabel(params.min).toLowerCase()}.`}>
              <button type="button" className="button" onClick={() => update({ min: 0 })}>
                Show all reviews
              </button>
            </EmptyState>
          ) : (
            <ol className="card-list">
              {reviews.map((review) => (
                <li key={review.id}>
                  <ReviewCard
                    review={review}
                    permalink={`/films/${film.id}/reviews#${review.id}`}
                    targeted={review.id === targetId}
                  />
                </li>
              ))}
            </ol>
          )}
        </>
      )}
    </section>
  )
}

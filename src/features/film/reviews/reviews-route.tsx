import { useMemo } from 'react'
import { EmptyState } from '../../../components/empty-state.tsx'
import { LiveCount } from '../../../components/live-count.tsx'
import { SelectField } from '../../../components/select-field.tsx'
import { SectionPanel } from '../../../components/section-panel.tsx'
import { useFilm } from '../api/film.ts'
import { useHashTarget } from '../../../hooks/use-hash-target.ts'
import { formatCount, formatFilmLabel } from '../../../lib/format.ts'
import { Rating } from '../../../components/rating.tsx'
import { FactList } from '../overview/fact-list.tsx'
import { by, SourcedCredit } from '../sourced-credit.tsx'
import { useUrlParams } from '../../../url-state/use-url-params.ts'
import { ReviewCard } from './review-card.tsx'
import { filterReviews } from './reviews-filter.ts'
import { MIN_RATINGS, REVIEW_SORTS, reviewsParams, type ReviewSort } from './reviews-params.ts'
import { filmPath } from '../../../../contract/routes.ts'

const SORT_LABELS: Record<ReviewSort, string> = {
  featured: 'Featured first',
  highest: 'Highest rated',
  lowest: 'Lowest rated',
}

const stars = (count: number) => `${count} ${count === 1 ? 'star' : 'stars'}`

function minLabel(min: number): string {
  if (min === 0) return 'Any rating'
  if (min === 5) return '5 stars only'
  return `${stars(min)} or more`
}

/** The params this view owns (see src/app/pages.ts). */
export const handle = { params: reviewsParams.keys }

export function Component() {
  const film = useFilm()
  const [params, update] = useUrlParams(reviewsParams)
  const reviews = useMemo(() => filterReviews(film.reviews, params), [film.reviews, params])
  const targetId = useHashTarget()
  const total = film.reviews.length
  const filtered = params.min > 0
  const { imdb, rottenTomatoes } = film.sourced ?? {}

  return (
    <SectionPanel
      urlView
      section="Reviews"
      filmLabel={formatFilmLabel(film.title, film.year, film.distinction)}
    >
      {(imdb || rottenTomatoes) && (
        <>
          <h3>Ratings</h3>
          <FactList
            facts={[
              {
                term: 'IMDb',
                value:
                  imdb &&
                  by(
                    <>
                      <Rating id="imdb" value={imdb.rating} max={10} />
                      <span className="muted"> from {formatCount(imdb.votes)} votes</span>
                    </>,
                    imdb,
                  ),
              },
              {
                term: 'Rotten Tomatoes',
                value: rottenTomatoes && by(`${rottenTomatoes.percent}%`, rottenTomatoes),
              },
            ]}
          />
          <SourcedCredit credits={film.sourced?.credits.ratings} />
          {total > 0 && <h3>User reviews</h3>}
        </>
      )}
      {total === 0 ? (
        !imdb &&
        !rottenTomatoes && (
          <EmptyState title="No ratings or user reviews are recorded for this film.">
            {film.wikipedia && (
              <a href={`https://en.wikipedia.org/wiki/${film.wikipedia}`}>
                Read about {film.title} on Wikipedia
              </a>
            )}
          </EmptyState>
        )
      ) : (
        <>
          {/* A filter and a sort over one review would have nothing to do. */}
          {(total > 1 || filtered) && (
            <div className="toolbar">
              <SelectField
                name="min"
                label="Minimum rating"
                value={String(params.min)}
                options={MIN_RATINGS.map((min) => ({ value: String(min), label: minLabel(min) }))}
                onChange={(min) => update({ min: Number(min) })}
              />
              <SelectField
                name="sort"
                label="Sort by"
                value={params.sort}
                options={REVIEW_SORTS.map((sort) => ({ value: sort, label: SORT_LABELS[sort] }))}
                onChange={(sort) => update({ sort })}
              />
            </div>
          )}
          <LiveCount
            shown={reviews.length}
            total={total}
            narrowed={filtered}
            one="review"
            many="reviews"
          />
          {reviews.length === 0 ? (
            <EmptyState
              title={`No review has ${params.min === 5 ? stars(5) : `${stars(params.min)} or more`}.`}
            >
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
                    permalink={`${filmPath(film.id)}/reviews#${review.id}`}
                    targeted={review.id === targetId}
                  />
                </li>
              ))}
            </ol>
          )}
        </>
      )}
    </SectionPanel>
  )
}

import { Link } from 'react-router'
import { Score } from '../../components/score.tsx'
import type { Review } from '../../data/film-schema.ts'

interface ReviewCardProps {
  readonly review: Review
  readonly permalink: string
  readonly targeted: boolean
}

export function ReviewCard({ review, permalink, targeted }: ReviewCardProps) {
  const headingId = `${review.id}-headline`
  return (
    <article
      id={review.id}
      className={`card${targeted ? ' is-target' : ''}`}
      aria-labelledby={headingId}
    >
      <header className="card__meta">
        <h3 id={headingId} className="card__title">
          {review.headline}
        </h3>
        <Link className="permalink" to={permalink} aria-label="Permalink to this review">
          <span aria-hidden="true">#</span>
        </Link>
      </header>
      <p className="card__rating">
        {review.rating ? (
          <Score value={review.rating.value} max={review.rating.max} />
        ) : (
          <span className="muted">Not rated</span>
        )}
      </p>
      {review.body.split(/\n{2,}/).map((paragraph, index) => (
        <p key={index}>{paragraph}</p>
      ))}
      {review.commentsClosed && <p className="card__footnote">Comments are closed.</p>}
    </article>
  )
}

import { Rating } from '../../../components/rating.tsx'
import { CopyLinkButton } from '../../../components/share-button.tsx'
import type { Review } from '../../../../contract/film-schema.ts'

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
      tabIndex={-1}
    >
      <header className="card__meta">
        <h3 id={headingId} className="card__title">
          {review.headline}
        </h3>
        <span className="card__actions">
          <CopyLinkButton path={permalink} what="this review" />
          <a className="permalink" href={permalink} aria-label="Permalink to this review">
            <span aria-hidden="true">#</span>
          </a>
        </span>
      </header>
      <p className="card__rating">
        {review.rating ? (
          <Rating id={review.id} value={review.rating.value} max={review.rating.max} />
        ) : (
          <span className="muted">Not rated</span>
        )}
      </p>
      {review.body.split(/\n{2,}/).map((paragraph, index) => (
        <p key={index}>{paragraph}</p>
      ))}
      {/* review.commentsClosed is kept in the data but not shown: this site has
          no comments, so "Comments are closed." would mean nothing here. */}
    </article>
  )
}

import type { CoStar } from '../../../contract/person-schema.ts'
import { plural } from '../../lib/format.ts'
import { personPath } from '../../../contract/routes.ts'

/** The people this person shared the most films with: a walk no single film page offers. */
export function CoStars({ coStars }: { readonly coStars: readonly CoStar[] }) {
  if (coStars.length === 0) return null
  return (
    <section className="co-stars" aria-labelledby="co-stars-heading">
      <h2 id="co-stars-heading">Most often with</h2>
      <ol className="co-stars__list">
        {coStars.map((coStar) => (
          <li key={coStar.id}>
            <a href={personPath(coStar.id)}>
              {coStar.name}
              {coStar.label && ` (${coStar.label})`}
            </a>{' '}
            <span className="muted">{plural(coStar.films, 'film', 'films')} together</span>
          </li>
        ))}
      </ol>
    </section>
  )
}

import { formatFilmLabel, formatScore } from '../../lib/format.ts'
import type { CatalogEntry } from '../../../contract/catalog-schema.ts'
import { filmPath } from '../../../contract/routes.ts'

/** "A", "A and B", "A, B and C". */
export const names = (list: readonly string[]) =>
  list.length > 1 ? `${list.slice(0, -1).join(', ')} and ${list.at(-1)}` : list[0]

/**
 * One film of a catalog page. A film from the lists has no rating or
 * director: its card says what it has and nothing about what it lacks, as
 * 36,000 "Not rated" would say nothing.
 */
export function FilmCard({
  film,
  targeted,
}: {
  readonly film: CatalogEntry
  /** The film a letter's jump landed on: it takes focus (see useHashTarget). */
  readonly targeted: boolean
}) {
  return (
    // Its id is the anchor the letters and decades jump to.
    <li id={film.id} className="film-card" tabIndex={targeted ? -1 : undefined}>
      <h2 className="film-card__title">
        {/* A plain link, followed in the app (src/url-state/follow-links.ts). */}
        <a href={filmPath(film.id)}>{formatFilmLabel(film.title, null, film.distinction)}</a>
      </h2>
      {/* Each line one string: words and values apart would each be a text
          node of their own, with a comment between them in the page. */}
      <p className="film-card__meta">
        {film.genres.length > 0 ? `${film.year} · ${film.genres.join(', ')}` : film.year}
      </p>
      {film.stars.length > 0 && <p className="film-card__people">{`With ${names(film.stars)}`}</p>}
      {film.directors.length > 0 && (
        <p className="film-card__people">{`Directed by ${names(film.directors)}`}</p>
      )}
      {film.rating && (
        <p className="film-card__rating">
          {/* A star and the figure, not the five stars of a film's page: a
              few of 36,000 films have a rating, and the stars' code would
              load on every page of the catalog. */}
          <span className="rating" aria-hidden="true">
            ★{' '}
            <span className="rating__value">{formatScore(film.rating.value, film.rating.max)}</span>
            <span className="rating__max">/{film.rating.max}</span>
          </span>
          <span className="visually-hidden">{`Rated ${formatScore(film.rating.value, film.rating.max)} out of ${film.rating.max}`}</span>
        </p>
      )}
    </li>
  )
}

import type { NotableDecade } from '../../../contract/catalog-schema.ts'
import { filmPath } from '../../../contract/routes.ts'
import { formatFilmLabel } from '../../lib/format.ts'
import { names } from './film-card.tsx'

/**
 * The front page's first screen: each decade's best-known films, a row of
 * small cards under its heading, which links to all its films, and a way
 * past them to the A–Z. The pipeline chose the films (each with two stars
 * and its directors) and wrote each decade's URL
 * (pipeline/derived/notable-films.ts), so this is markup alone.
 */
export function NotableFilms({ decades }: { readonly decades: readonly NotableDecade[] }) {
  return (
    <section className="notable" aria-label="Well-known films by decade">
      <h2>Well-known films by decade</h2>
      <a href="#films-a-z">Skip to all films</a>
      {decades.map(({ decade, href, films }) => (
        <section key={decade} className="notable__decade" aria-label={decade}>
          <h3>
            <a href={href}>{decade}</a>
          </h3>
          <ul>
            {films.map((film) => (
              // The catalog card's parts, as film-card.tsx writes them: the
              // same code compresses to little (docs/performance.md).
              <li key={film.id}>
                <a href={filmPath(film.id)}>
                  {formatFilmLabel(film.title, null, film.distinction)}
                </a>
                <p className="film-card__meta">{film.year}</p>
                {film.stars.length > 0 && (
                  <p className="film-card__people">{`With ${names(film.stars)}`}</p>
                )}
                {film.directors.length > 0 && (
                  <p className="film-card__people">{`Directed by ${names(film.directors)}`}</p>
                )}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </section>
  )
}

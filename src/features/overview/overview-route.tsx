import { Link } from 'react-router'
import { Rating } from '../../components/rating.tsx'
import { SectionPanel } from '../../components/section-panel.tsx'
import { useFilm } from '../../data/use-film.ts'
import { formatCount, formatFilmLabel, formatIsoDate, formatMoney } from '../../lib/format.ts'
import { FactList, joinList } from './fact-list.tsx'
import { RuntimeFact } from './runtime-fact.tsx'

export function Component() {
  const film = useFilm()
  const { rating, releaseDate, gross, technicalSpecs, provenance } = film

  const stars = film.stars.map((star) =>
    star.castId ? (
      <Link key={star.name} to={`/films/${film.id}/cast#${star.castId}`}>
        {star.name}
      </Link>
    ) : (
      star.name
    ),
  )

  return (
    <SectionPanel section="Overview" hideHeading filmLabel={formatFilmLabel(film.title, film.year)}>
      {film.logline && <p className="lead">{film.logline}</p>}

      <FactList
        facts={[
          {
            term: 'Rating',
            value: rating && (
              <>
                <Rating value={rating.value} max={rating.max} />
                {rating.votes !== null && (
                  <span className="muted"> from {formatCount(rating.votes)} votes</span>
                )}
              </>
            ),
          },
          {
            term: film.directors.length > 1 ? 'Directors' : 'Director',
            value: film.directors.length > 0 ? joinList(film.directors) : null,
          },
          { term: 'Stars', value: stars.length > 0 ? joinList(stars) : null },
          {
            term: 'Release date',
            value:
              releaseDate &&
              `${formatIsoDate(releaseDate.date)}${releaseDate.country ? ` (${releaseDate.country})` : ''}`,
          },
        ]}
      />

      {film.storyline.length > 0 && (
        <>
          <h3>Storyline</h3>
          {film.storyline.map((paragraph, index) => (
            <p key={index}>{paragraph}</p>
          ))}
        </>
      )}

      <h3>Details</h3>
      <FactList
        facts={[
          {
            term: film.taglines.length > 1 ? 'Taglines' : 'Tagline',
            value:
              film.taglines.length > 0 ? (
                <ul className="plain-list">
                  {film.taglines.map((tagline) => (
                    <li key={tagline}>
                      <q>{tagline}</q>
                    </li>
                  ))}
                </ul>
              ) : null,
          },
          {
            term: film.filmingLocations.length > 1 ? 'Filming locations' : 'Filming location',
            value:
              film.filmingLocations.length > 0 ? (
                <ul className="plain-list">
                  {film.filmingLocations.map((place) => (
                    <li key={place}>{place}</li>
                  ))}
                </ul>
              ) : null,
          },
          {
            term: 'Gross',
            value:
              gross &&
              `${formatMoney(gross.amount, gross.currency)}${gross.region ? ` (${gross.region})` : ''}`,
          },
          {
            term: 'Runtime',
            value: technicalSpecs && <RuntimeFact runtime={technicalSpecs.runtime} />,
          },
        ]}
      />

      <p className="source-note">
        Source: <code>{provenance.source}</code>
        {provenance.pageDate && <>, a film page dated {formatIsoDate(provenance.pageDate)}</>}.
      </p>
    </SectionPanel>
  )
}

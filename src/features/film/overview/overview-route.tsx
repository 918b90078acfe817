import { Link } from 'react-router'
import { Rating } from '../../../components/rating.tsx'
import { SectionPanel } from '../../../components/section-panel.tsx'
import { useFilm } from '../api/film.ts'
import { formatCount, formatFilmLabel } from '../../../lib/format.ts'
import { formatIsoDate, formatMoney } from './format-facts.ts'
import { FactList, joinList, listFact } from './fact-list.tsx'
import { RuntimeFact } from './runtime-fact.tsx'
import { SourcesLine } from './sources-line.tsx'
import { by, SourcedCredit } from '../sourced-credit.tsx'
import { filmPath, personPath } from '../../../../contract/routes.ts'
import type { MoreSource, Sourced } from '../../../../contract/film-schema.ts'

export function Component() {
  const film = useFilm()
  const {
    rating,
    releaseDate,
    budget,
    gross,
    technicalSpecs: specs,
    sourced: s = {} as Partial<Sourced>,
  } = film
  // The two sets' values fill only what the film's own sources leave empty
  // (the pipeline holds back the rest), each with the sets that gave it.
  const money = (value?: { amount: number; from: MoreSource[] }, where = '') =>
    value && by(formatMoney(value.amount, 'USD') + where, value)
  const named = (value?: { value: string; from: MoreSource[] }) => value && by(value.value, value)

  // A star links to their page, or to their credit where no person is known.
  const stars = film.stars.map((star) => {
    const personId = film.cast.find((credit) => credit.id === star.castId)?.personId
    return star.castId ? (
      <Link
        key={star.name}
        to={personId ? personPath(personId) : `${filmPath(film.id)}/cast#${star.castId}`}
      >
        {star.name}
      </Link>
    ) : (
      star.name
    )
  })

  return (
    <SectionPanel
      section="Overview"
      filmLabel={formatFilmLabel(film.title, film.year, film.distinction)}
    >
      {film.logline && <p className="lead">{film.logline}</p>}

      <FactList
        facts={[
          {
            term: 'Rating',
            value: rating && (
              <>
                <Rating id="film" value={rating.value} max={rating.max} />
                {rating.votes !== null && (
                  <span className="muted"> from {formatCount(rating.votes)} votes</span>
                )}
              </>
            ),
          },
          listFact('Genre', 'Genres', film.genres),
          listFact(
            'Director',
            'Directors',
            // The pipeline gives a set's directors only to a film with none of its own.
            s.directors ? [by(joinList(s.directors.names), s.directors)] : film.directors,
          ),
          listFact('Writer', 'Writers', film.writers),
          listFact('Star', 'Stars', stars),
          {
            term: 'Release date',
            value: releaseDate
              ? `${formatIsoDate(releaseDate.date)}${releaseDate.country ? ` (${releaseDate.country})` : ''}`
              : s.releaseDate && by(`${formatIsoDate(s.releaseDate.date)} (US)`, s.releaseDate),
          },
          { term: 'MPAA rating', value: named(s.mpaaRating) },
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

      <FactList
        heading="Details"
        facts={[
          listFact('Also known as', 'Also known as', film.alsoKnownAs, true),
          listFact(
            'Tagline',
            'Taglines',
            film.taglines.map((tagline) => <q>{tagline}</q>),
            true,
          ),
          listFact('Country of origin', 'Countries of origin', film.countries),
          listFact('Language', 'Languages', film.languages),
          listFact('Filming location', 'Filming locations', film.filmingLocations, true),
          listFact('Production company', 'Production companies', film.productionCompanies, true),
          {
            term: 'Budget',
            value: budget
              ? `${formatMoney(budget.amount, budget.currency)}${budget.estimated ? ' (estimated)' : ''}`
              : money(s.budget),
          },
          {
            term: 'Gross',
            value: gross
              ? `${formatMoney(gross.amount, gross.currency)}${gross.region ? ` (${gross.region})` : ''}`
              : money(s.usGross, ' (US)'),
          },
          { term: 'Worldwide gross', value: money(s.worldwideGross) },
          { term: 'Distributor', value: named(s.distributor) },
          {
            term: 'Runtime',
            value: specs?.runtime ? (
              <RuntimeFact runtime={specs.runtime} />
            ) : (
              s.runtimes && joinList(s.runtimes.map((each) => by(`${each.minutes} minutes`, each)))
            ),
          },
          listFact('Sound mix', 'Sound mixes', specs?.soundMixes ?? []),
          listFact('Color', 'Color', specs?.colors ?? []),
          listFact('Aspect ratio', 'Aspect ratios', specs?.aspectRatios ?? []),
        ]}
      />

      <SourcesLine film={film} />
      <SourcedCredit credits={s.credits?.overview} />
    </SectionPanel>
  )
}

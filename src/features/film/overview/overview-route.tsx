import { lazy, Suspense } from 'react'
import { Link } from 'react-router'
import { Rating } from '../../../components/rating.tsx'
import { SectionPanel } from '../../../components/section-panel.tsx'
import { useFilm } from '../api/film.ts'
import { useHydrated } from '../../../hooks/use-hydrated.ts'
import { formatCount, formatFilmLabel } from '../../../lib/format.ts'
import { formatIsoDate, formatMoney } from './format-facts.ts'
import { FactList, listFact } from './fact-list.tsx'
import { RuntimeFact } from './runtime-fact.tsx'
import { SourcesLine } from './sources-line.tsx'
import { filmPath, personPath } from '../../../../contract/routes.ts'

// The links onward load after the overview: its byte budget has no room for
// them. The server renders none (a lazy part it cannot finish would make React
// redo the whole boundary in the browser), so they wait for hydration.
const OnwardLinks = lazy(() =>
  import('./onward-links.tsx').then((module) => ({ default: module.OnwardLinks })),
)

export function Component() {
  const film = useFilm()
  const hydrated = useHydrated()
  const { rating, releaseDate, budget, gross, technicalSpecs: specs } = film

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
          listFact('Director', 'Directors', film.directors),
          listFact('Writer', 'Writers', film.writers),
          listFact('Star', 'Stars', stars),
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
            value:
              budget &&
              `${formatMoney(budget.amount, budget.currency)}${budget.estimated ? ' (estimated)' : ''}`,
          },
          {
            term: 'Gross',
            value:
              gross &&
              `${formatMoney(gross.amount, gross.currency)}${gross.region ? ` (${gross.region})` : ''}`,
          },
          {
            term: 'Runtime',
            value: specs?.runtime ? <RuntimeFact runtime={specs.runtime} /> : null,
          },
          listFact('Sound mix', 'Sound mixes', specs?.soundMixes ?? []),
          listFact('Color', 'Color', specs?.colors ?? []),
          listFact('Aspect ratio', 'Aspect ratios', specs?.aspectRatios ?? []),
        ]}
      />

      <SourcesLine film={film} />
      {hydrated && (
        <Suspense>
          <OnwardLinks film={film} />
        </Suspense>
      )}
    </SectionPanel>
  )
}

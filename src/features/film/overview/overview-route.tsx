import { lazy, Suspense } from 'react'
import { SectionPanel } from '../../../components/section-panel.tsx'
import { useFilm } from '../api/film.ts'
import { useHydrated } from '../../../hooks/use-hydrated.ts'
import { formatFilmLabel } from '../../../lib/format.ts'
import { formatIsoDate, formatMoney } from './format-facts.ts'
import { FactList, joinList, listFact } from './fact-list.tsx'
import { usePageFacts } from './load-page-facts.ts'
import { SourcesLine } from './sources-line.tsx'
import { by, SourcedCredit } from '../sourced-credit.tsx'
import { filmPath, personPath } from '../../../../contract/routes.ts'
import type { MoreSource, Sourced } from '../../../../contract/film-schema.ts'

// The links onward load after the overview: its byte budget has no room for
// them. The server renders none (a lazy part it cannot finish would make React
// redo the whole boundary in the browser), so they wait for hydration.
const OnwardLinks = lazy(() =>
  import('./onward-links.tsx').then((module) => ({ default: module.OnwardLinks })),
)

export function Component() {
  const film = useFilm()
  const hydrated = useHydrated()
  const page = usePageFacts(film)
  const { releaseDate, budget, gross, sourced: s = {} as Partial<Sourced> } = film
  // The two sets' values fill only what the film's own sources leave empty
  // (the pipeline holds back the rest), each with the sets that gave it.
  const money = (value?: { amount: number; from: MoreSource[] }, where = '') =>
    value && by(formatMoney(value.amount, 'USD') + where, value)
  const named = (value?: { value: string; from: MoreSource[] }) => value && by(value.value, value)

  // Each director links to their page (directorIds names them in order).
  const directors = (s.directors?.names ?? film.directors).map((name, i) => {
    const id = film.directorIds?.[i]
    return id ? (
      <a key={id} href={personPath(id)}>
        {name}
      </a>
    ) : (
      name
    )
  })

  // A star links to their page, or to their credit where no person is known.
  const stars = film.stars.map((star) => {
    const personId = film.cast.find((credit) => credit.id === star.castId)?.personId
    return star.castId ? (
      <a
        key={star.name}
        href={personId ? personPath(personId) : `${filmPath(film.id)}/cast#${star.castId}`}
      >
        {star.name}
      </a>
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
          { term: 'Rating', value: page?.rating },
          listFact('Genre', 'Genres', film.genres),
          listFact(
            'Director',
            'Directors',
            // The pipeline gives a set's directors only to a film with none of its own.
            s.directors ? [by(joinList(directors), s.directors)] : directors,
          ),
          page?.writers ?? { term: 'Writer', value: null },
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

      {page?.storyline}

      <FactList
        heading="Details"
        facts={[
          ...(page?.details ?? []),
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
            value:
              page?.runtime ||
              (s.runtimes &&
                joinList(s.runtimes.map((each) => by(`${each.minutes} minutes`, each)))),
          },
          ...(page?.specs ?? []),
        ]}
      />

      <SourcesLine film={film} />
      <SourcedCredit credits={s.credits?.overview} />
      {hydrated && (
        <Suspense>
          <OnwardLinks film={film} />
        </Suspense>
      )}
    </SectionPanel>
  )
}

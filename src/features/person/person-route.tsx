import { useDeferredValue, useMemo } from 'react'
import { EmptyState } from '../../components/empty-state.tsx'
import { LiveCount } from '../../components/live-count.tsx'
import { SearchBox } from '../../components/search-box.tsx'
import { SelectField } from '../../components/select-field.tsx'
import { ShareButton } from '../../components/share-button.tsx'
import { usePerson } from './api/person.ts'
import { formatPageTitle, plural } from '../../lib/format.ts'
import { TYPING, useUrlParams } from '../../url-state/use-url-params.ts'
import { CareerChart } from './career-chart.tsx'
import { CoStars } from './co-stars.tsx'
import { FilmographyList } from './filmography-list.tsx'
import { facetsOf, filterFilmography, type Facet } from './person-filter.ts'
import { personParams, type PersonSort } from './person-params.ts'

// The route's loader, which comes with its code (src/app/routes.tsx).
export { pageLoader } from './person-loader.ts'

// One choice for each of PERSON_SORTS, in its order (person-params.ts).
const SORT_CHOICES = [
  { value: 'oldest', label: 'Oldest first' },
  { value: 'newest', label: 'Newest first' },
  { value: 'title', label: 'Title' },
] as const satisfies ReadonlyArray<{ value: PersonSort; label: string }>

/** The fewest films that get the filters, the count and the chart. */
const FILTER_FROM = 6
const WHOLE = personParams.parse(new URLSearchParams())

/** A filter's choices: all, then each value with its number of films. */
const choices = (all: string, facets: readonly Facet[]) => [
  { value: '', label: all },
  ...facets.map(({ value, films }) => ({ value, label: `${value} (${films})` })),
]

// Without counts: the role filter shows only for a person with both, and
// its bytes are the page's budget (docs/performance.md).
const ROLE_CHOICES = [
  { value: '', label: 'All roles' },
  { value: 'actor', label: 'Actor' },
  { value: 'director', label: 'Director' },
] as const

/** The params this view owns (see src/app/pages.ts). */
export const handle = { params: personParams.keys }

/** A person: their films in year order, filterable, the shape of the career, and who they worked with. */
export function Component() {
  const person = usePerson()
  const [params, update] = useUrlParams(personParams)
  // A list that fits on a phone's screen needs no filters: it shows whole.
  const filterable = person.films >= FILTER_FROM
  const facets = facetsOf(person.filmography)
  // The roles filter and the summary's roles, for a person who directs.
  const both = facets.roles.length > 1
  const directs = facets.roles.includes('director')
  // The list follows the box a step behind, as the trivia's does: a key
  // paints the box at once, and the list renders after it, in a render a
  // next key interrupts (John Wayne's films took 120 ms a key on a phone's
  // CPU). The selects show the URL's values, not the list's: a step behind,
  // they would put the old choice back for a frame (a value the person has
  // no film for matches no choice, and the select shows its first, "All").
  const shown = useDeferredValue(params)
  const view = useMemo(
    () =>
      filterFilmography(
        person.filmography,
        facetsOf(person.filmography),
        filterable ? shown : WHOLE,
      ),
    [person, filterable, shown],
  )
  // Drawn once a view (a function of it, with no hooks), so a key's render
  // leaves the list as it is.
  const list = useMemo(() => FilmographyList(view), [view])
  const name = person.label ? `${person.name} (${person.label})` : person.name
  const first = person.filmsPerYear[0]?.year
  const last = person.filmsPerYear.at(-1)?.year
  const clear = () => update({ role: '', q: '', decade: '', genre: '' })

  return (
    <section className="panel person" aria-labelledby="person-heading" data-url-view>
      <title>{formatPageTitle(name)}</title>
      <div className="title-row">
        <h1 id="person-heading" tabIndex={-1} data-page-heading>
          {person.name}
          {person.label && (
            <>
              {' '}
              <span className="person__label">({person.label})</span>
            </>
          )}
        </h1>
        <ShareButton />
      </div>
      <p className="person__summary">
        {person.kind
          ? 'A group, credited in '
          : directs && (both ? 'Actor and director, ' : 'Director, ')}
        {plural(person.films, 'film', 'films')}, {first}
        {first !== last && `–${last}`}
      </p>
      {filterable && <CareerChart perYear={person.filmsPerYear} />}
      <div className="person__body">
        <section aria-labelledby="filmography-heading">
          <h2 id="filmography-heading">Filmography</h2>
          {filterable && (
            <>
              <div className="toolbar">
                {both && (
                  <SelectField
                    name="role"
                    label="Role"
                    value={params.role}
                    options={ROLE_CHOICES}
                    onChange={(role) => update({ role })}
                  />
                )}
                <SearchBox
                  name="q"
                  label="Search the filmography"
                  placeholder="Title, character or note"
                  value={params.q}
                  onChange={(text) => update({ q: text }, TYPING)}
                  onCommit={() => update({})}
                />
                <SelectField
                  name="decade"
                  label="Decade"
                  value={params.decade}
                  options={choices('All decades', facets.decades)}
                  onChange={(decade) => update({ decade })}
                />
                <SelectField
                  name="genre"
                  label="Genre"
                  value={params.genre}
                  options={choices('All genres', facets.genres)}
                  onChange={(genre) => update({ genre })}
                />
                <SelectField
                  name="sort"
                  label="Sort by"
                  value={params.sort}
                  options={SORT_CHOICES}
                  onChange={(sort) => update({ sort })}
                />
              </div>
              <LiveCount
                shown={view.entries.length}
                total={person.films}
                narrowed={view.narrowed}
                one="film"
                many="films"
              />
            </>
          )}
          {view.entries.length === 0 ? (
            <EmptyState title="No film matches these filters.">
              <button type="button" className="button" onClick={clear}>
                Clear filters
              </button>
            </EmptyState>
          ) : (
            list
          )}
        </section>
        <CoStars coStars={person.coStars} />
      </div>
      <p className="source-note">
        Credits from Wikipedia&apos;s film lists,{' '}
        <a href="https://creativecommons.org/licenses/by-sa/4.0/">CC BY-SA 4.0</a>
        {person.credits}.
      </p>
    </section>
  )
}

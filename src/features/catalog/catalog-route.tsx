import { useMemo } from 'react'
import { NavLink } from 'react-router'
import { EmptyState } from '../../components/empty-state.tsx'
import { Highlight } from '../../components/highlight.tsx'
import { LiveCount } from '../../components/live-count.tsx'
import { Rating } from '../../components/rating.tsx'
import { SearchBox } from '../../components/search-box.tsx'
import { SelectField } from '../../components/select-field.tsx'
import { ShareButton } from '../../components/share-button.tsx'
import { useCatalog } from '../../data/use-catalog.ts'
import { formatPageTitle } from '../../lib/format.ts'
import { TYPING, useUrlParams } from '../../url-state/use-url-params.ts'
import { CATALOG_SORTS, catalogParams, type CatalogSort } from './catalog-params.ts'
import { searchCatalog } from './catalog-search.ts'

const SORT_LABELS: Record<CatalogSort, string> = {
  title: 'Title',
  year: 'Year, newest first',
  rating: 'Rating, highest first',
}

/** The params this view owns (see src/app/pages.ts). */
export const handle = { params: catalogParams.keys }

export function Component() {
  const catalog = useCatalog()
  const [params, setParams] = useUrlParams(catalogParams)
  const { q, sort } = params
  const { films, tokens } = useMemo(
    () => searchCatalog(catalog.films, { q, sort }),
    [catalog, q, sort],
  )
  const total = catalog.films.length

  return (
    <section className="panel catalog" aria-labelledby="catalog-heading" data-url-view>
      <title>{formatPageTitle('Films')}</title>
      <div className="title-row">
        <h1 id="catalog-heading" tabIndex={-1} data-page-heading>
          Films
        </h1>
        <ShareButton />
      </div>
      {total === 0 ? (
        <EmptyState title="The catalog has no films yet.">
          <p>
            Add one with <code>npm run ingest</code>, or by hand as the README describes.
          </p>
        </EmptyState>
      ) : (
        <>
          <div className="toolbar">
            <SearchBox
              name="q"
              label="Search films"
              placeholder="Title, year or director"
              value={q}
              onChange={(text) => setParams({ q: text }, TYPING)}
              onCommit={() => setParams({})}
            />
            <SelectField
              name="sort"
              label="Sort by"
              value={params.sort}
              options={CATALOG_SORTS.map((sort) => ({ value: sort, label: SORT_LABELS[sort] }))}
              onChange={(nextSort) => setParams({ sort: nextSort })}
            />
          </div>
          <LiveCount
            shown={films.length}
            total={total}
            narrowed={tokens.length > 0}
            one="film"
            many="films"
          />
          {films.length === 0 ? (
            <EmptyState title={`No film matches “${q.trim()}”.`}>
              <button type="button" className="button" onClick={() => setParams({ q: '' })}>
                Clear search
              </button>
            </EmptyState>
          ) : (
            <ul className="film-list">
              {films.map((film) => (
                <li key={film.id} className="film-card">
                  <h2 className="film-card__title">
                    {/* NavLink: marked "pending" while its film loads (styles.css). */}
                    <NavLink to={`/films/${film.id}`}>
                      <Highlight text={film.title} tokens={tokens} />
                    </NavLink>
                  </h2>
                  <p className="film-card__meta">
                    <Highlight text={String(film.year)} tokens={tokens} />
                    {film.directors.length > 0 && (
                      <>
                        {' · Directed by '}
                        {film.directors.map((director, index) => (
                          <span key={director}>
                            {index > 0 && ', '}
                            <Highlight text={director} tokens={tokens} />
                          </span>
                        ))}
                      </>
                    )}
                  </p>
                  <p className="film-card__rating">
                    {film.rating ? (
                      <Rating value={film.rating.value} max={film.rating.max} />
                    ) : (
                      <span className="muted">Not rated</span>
                    )}
                  </p>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  )
}

import { Suspense } from 'react'
import { useNavigate } from 'react-router'
import { EmptyState } from '../../components/empty-state.tsx'
import { SelectField } from '../../components/select-field.tsx'
import { ShareButton } from '../../components/share-button.tsx'
import type { CatalogFacet } from '../../../contract/catalog-schema.ts'
import { catalogPath, filterSlug } from '../../../contract/catalog-path.ts'
import { CATALOG_ORDERS } from '../../../contract/catalog-view.ts'
import { useCatalogPage } from './api/catalog-page.ts'
import { formatCount, formatPageTitle, plural } from '../../lib/format.ts'
import { CatalogPager } from './catalog-pager.tsx'
import { useHashTarget } from '../../hooks/use-hash-target.ts'
import { catalogHeading, catalogTitle, ORDER_NAMES, pageSpan } from './catalog-summary.ts'
import { FilmCard } from './film-card.tsx'
import { NotableFilms } from './notable-films.tsx'

// The route's loader, which comes with its code (src/app/routes.tsx).
export { pageLoader } from './catalog-loader.ts'

/** A facet's choices for a select: all first, then each with its films. */
const choices = (all: string, facets: readonly CatalogFacet[]) => [
  { value: '', label: all },
  ...facets.map(({ label, films }) => ({
    value: label,
    label: `${label} (${formatCount(films)})`,
  })),
]

/**
 * One page of the catalog or of a decade or genre of it, in one order; every
 * other page and every other choice is a link or a select away.
 */
export function Component() {
  const catalog = useCatalogPage()
  const navigate = useNavigate()
  // A letter's jump names its first film: that card takes focus, so the
  // keyboard goes on from the letter, not from the top of its page.
  const target = useHashTarget()
  const { filter, facets, order, page, pages, total } = catalog
  const browse = (decade: string | null, genre: string | null) =>
    void navigate(catalogPath({ filter: filterSlug(decade, genre), order, page: 1 }))

  return (
    <section className="panel catalog" aria-labelledby="catalog-heading">
      <title>{formatPageTitle(catalogTitle(catalog))}</title>
      <div className="title-row">
        <h1 id="catalog-heading" tabIndex={-1} data-page-heading>
          {catalogHeading(catalog)}
        </h1>
        <ShareButton />
      </div>
      {catalog.about && <p className="catalog__about">{catalog.about}</p>}
      <div className="toolbar" role="group" aria-label="Browse">
        <SelectField
          label="Decade"
          name="decade"
          value={filter.decade ?? ''}
          options={choices('All decades', facets.decades)}
          onChange={(decade) => browse(decade || null, filter.genre)}
        />
        <SelectField
          label="Genre"
          name="genre"
          value={filter.genre ?? ''}
          options={choices('All genres', facets.genres)}
          onChange={(genre) => browse(filter.decade, genre || null)}
        />
      </div>
      {catalog.notable && <NotableFilms decades={catalog.notable} />}
      {total === 0 ? (
        <EmptyState title="The catalog has no films yet." />
      ) : (
        <>
          <p id="films-a-z" className="catalog__summary">
            {`${[plural(total, 'film', 'films'), filter.genre, filter.decade].filter(Boolean).join(', ')}, ${ORDER_NAMES[order].toLowerCase()}. Page ${formatCount(page)} of ${formatCount(pages)}: ${pageSpan(catalog)}`}
          </p>
          <nav className="chips catalog__orders" aria-label="Order">
            {CATALOG_ORDERS.map((each) => (
              <a
                key={each}
                className="chip"
                href={catalogPath({ filter: filter.slug, order: each, page: 1 })}
                aria-current={each === order ? 'page' : undefined}
              >
                {ORDER_NAMES[each]}
              </a>
            ))}
          </nav>
          <nav className="catalog__jumps" aria-label="Jump to">
            <ul>
              {catalog.jumps.map((jump) => (
                <li key={jump.label}>
                  <a
                    href={`${catalogPath({ filter: filter.slug, order, page: jump.page })}#${jump.film}`}
                  >
                    {jump.label}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
          {/* Its own boundary: React hydrates the 100 cards in a task of their
              own, after the rest of the page, so no one task holds up input
              for long on a phone (Lighthouse's TBT). */}
          <Suspense>
            <ul className="film-list">
              {catalog.films.map((film) => (
                <FilmCard key={film.id} film={film} targeted={film.id === target} />
              ))}
            </ul>
          </Suspense>
          <CatalogPager filter={filter.slug} order={order} page={page} pages={pages} />
        </>
      )}
    </section>
  )
}

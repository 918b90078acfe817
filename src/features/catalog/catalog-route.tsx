import { Suspense } from 'react'
import { Link } from 'react-router'
import { EmptyState } from '../../components/empty-state.tsx'
import { ShareButton } from '../../components/share-button.tsx'
import { SiteSearch } from '../../components/site-search.tsx'
import { CATALOG_ORDERS, catalogPath } from '../../data/catalog-view.ts'
import { useCatalogPage } from '../../data/use-catalog-page.ts'
import { formatCount, formatPageTitle, plural } from '../../lib/format.ts'
import { CatalogPager } from './catalog-pager.tsx'
import { catalogTitle, pageSpan } from './catalog-summary.ts'
import { FilmCard } from './film-card.tsx'

// The route's loader, which comes with its code (src/app/routes.tsx).
export { pageLoader } from './catalog-loader.ts'

/** One page of the catalog, in one order; every other page is a link away. */
export function Component() {
  const catalog = useCatalogPage()
  const { order, page, pages, total } = catalog

  return (
    <section className="panel catalog" aria-labelledby="catalog-heading">
      <title>{formatPageTitle(catalogTitle(catalog))}</title>
      <div className="title-row">
        <h1 id="catalog-heading" tabIndex={-1} data-page-heading>
          Films
        </h1>
        <ShareButton />
      </div>
      <SiteSearch label="Search films and people" />
      {total === 0 ? (
        <EmptyState title="The catalog has no films yet." />
      ) : (
        <>
          <p className="catalog__summary">
            {`${plural(total, 'film', 'films')}, by ${order}. Page ${formatCount(page)} of ${formatCount(pages)}: ${pageSpan(catalog)}`}
          </p>
          <nav className="chips catalog__orders" aria-label="Order">
            {CATALOG_ORDERS.map((each) => (
              <Link
                key={each}
                className="chip"
                to={catalogPath({ order: each, page: 1 })}
                aria-current={each === order ? 'page' : undefined}
              >
                By {each}
              </Link>
            ))}
          </nav>
          <nav className="catalog__jumps" aria-label="Jump to">
            <ul>
              {catalog.jumps.map((jump) => (
                <li key={jump.label}>
                  <Link to={catalogPath({ order, page: jump.page })}>{jump.label}</Link>
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
                <FilmCard key={film.id} film={film} />
              ))}
            </ul>
          </Suspense>
          <CatalogPager order={order} page={page} pages={pages} />
        </>
      )}
    </section>
  )
}

import { catalogPath } from '../../../contract/catalog-path.ts'
import type { CatalogView } from '../../../contract/catalog-view.ts'
import { pageNumbers } from './page-numbers.ts'

/**
 * Previous, next and a few page numbers, as plain links: they work before
 * the app has loaded, or without it. The first page has no Previous, the
 * last no Next.
 */
export function CatalogPager({
  filter,
  order,
  page,
  pages,
}: CatalogView & { readonly pages: number }) {
  const to = (n: number) => catalogPath({ filter, order, page: n })
  return (
    <nav className="pager" aria-label="Pages">
      <ul>
        {page > 1 && (
          <li>
            <a className="pager__link" href={to(page - 1)}>
              Previous
            </a>
          </li>
        )}
        {pageNumbers(page, pages).map((n, index) => (
          // A gap's key is below every page number.
          <li key={n ?? -index}>
            {n === null ? (
              <span className="pager__gap">…</span>
            ) : (
              <a
                className="pager__link"
                href={to(n)}
                aria-label={`Page ${n}`}
                aria-current={n === page ? 'page' : undefined}
              >
                {n}
              </a>
            )}
          </li>
        ))}
        {page < pages && (
          <li>
            <a className="pager__link" href={to(page + 1)}>
              Next
            </a>
          </li>
        )}
      </ul>
    </nav>
  )
}

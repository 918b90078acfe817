import { useLocation } from 'react-router'
import { formatPageTitle } from '../lib/format.ts'

export function NotFound({ message }: { readonly message?: string }) {
  const { pathname } = useLocation()
  return (
    <section className="error-view" aria-labelledby="error-title">
      <title>{formatPageTitle('Page not found')}</title>
      <h1 id="error-title" tabIndex={-1} data-page-heading>
        Page not found
      </h1>
      <div className="error-view__body">
        <p>
          {message ?? (
            <>
              There is nothing at <code>{pathname}</code>.
            </>
          )}
        </p>
        <p>The link may be mistyped, or the page may have moved.</p>
      </div>
      <div className="error-view__actions">
        <a className="button button--primary" href="/">
          Go to the home page
        </a>
      </div>
    </section>
  )
}

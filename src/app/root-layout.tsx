import { Link, Outlet, ScrollRestoration, useNavigation } from 'react-router'
import { LOADING_DELAY_MS } from '../components/delayed-loading.tsx'
import { useDelayedFlag } from '../hooks/use-delayed-flag.ts'

export function RootLayout() {
  const loading = useNavigation().state === 'loading'
  const showProgress = useDelayedFlag(loading, LOADING_DELAY_MS)
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <Link to="/" className="brand">
            Film Explorer
          </Link>
        </div>
      </header>
      <div className="progress" role="status">
        {showProgress && (
          <>
            <span className="progress__bar" aria-hidden="true" />
            <span className="visually-hidden">Loading…</span>
          </>
        )}
      </div>
      <main id="main" className="site-main" tabIndex={-1} aria-busy={loading}>
        <Outlet />
      </main>
      <footer className="site-footer">
        <p>Film Explorer: every view is a link you can share.</p>
      </footer>
      <ScrollRestoration />
    </>
  )
}

import { Link, Outlet, ScrollRestoration, useNavigation } from 'react-router'
import { LOADING_DELAY_MS } from '../components/delayed-loading.tsx'
import { ThemeToggle } from '../components/theme-toggle.tsx'
import { ToastProvider } from '../components/toast.tsx'
import { useDelayedFlag } from '../hooks/use-delayed-flag.ts'
import { useSearchShortcut } from '../hooks/use-search-shortcut.ts'
import { useAppReady } from '../hooks/use-app-ready.ts'
import { RouteAnnouncer } from './route-announcer.tsx'

export function RootLayout() {
  const loading = useNavigation().state === 'loading'
  const showProgress = useDelayedFlag(loading, LOADING_DELAY_MS)
  useSearchShortcut()
  useAppReady()
  return (
    <ToastProvider>
      <a
        className="skip-link"
        href="#main"
        onClick={(event) => {
          // Focus the content without adding "#main" to the URL (the URL is
          // the view's state, and gets shared).
          event.preventDefault()
          document.getElementById('main')?.focus()
        }}
      >
        Skip to content
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <Link to="/" className="brand">
            Film Explorer
          </Link>
          <ThemeToggle />
        </div>
        <div className="progress" role="status">
          {showProgress && (
            <>
              <span className="progress__bar" aria-hidden="true" />
              <span className="visually-hidden">Loading…</span>
            </>
          )}
        </div>
      </header>
      <main id="main" className="site-main" tabIndex={-1} aria-busy={loading}>
        <Outlet />
      </main>
      <footer className="site-footer">
        <p>Film Explorer: every view is a link you can share.</p>
      </footer>
      <RouteAnnouncer />
      <ScrollRestoration />
    </ToastProvider>
  )
}

import { Outlet, ScrollRestoration, useLocation, useNavigation } from 'react-router'
import { LOADING_DELAY_MS } from '../components/delayed-loading.tsx'
import { ThemeToggle } from '../components/theme-toggle.tsx'
import { ToastProvider } from '../components/toast.tsx'
import { useDelayedFlag } from '../hooks/use-delayed-flag.ts'
import { useSearchShortcut } from '../hooks/use-search-shortcut.ts'
import { useAppReady } from '../hooks/use-app-ready.ts'
import { useRetryAttempt } from '../hooks/use-retry-attempt.ts'
import { MAX_RETRIES } from './query-client.ts'
import { RouteAnnouncer } from './route-announcer.tsx'
import { SiteSearch } from '../features/search/site-search.tsx'

export function RootLayout() {
  const loading = useNavigation().state === 'loading'
  const showProgress = useDelayedFlag(loading, LOADING_DELAY_MS)
  const attempt = useRetryAttempt()
  // The results page's own box edits its query as you type: a second box
  // above it would be a second search landmark saying something else.
  const search = useLocation().pathname !== '/search'
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
          <a href="/" className="brand">
            Film Explorer
          </a>
          {search && <SiteSearch />}
          <ThemeToggle />
        </div>
        {/* After a short wait, in words as well as the bar: the old page
            stays on screen until the new one is ready, and a bar alone
            looks like nothing happened. Retries say so, or the wait looks
            stuck. The region is there from the start, so it is announced. */}
        <div className="progress" role="status">
          {(showProgress || attempt > 0) && (
            <>
              <span className="progress__bar" aria-hidden="true" />
              <span className="progress__text">
                {attempt > 0
                  ? `The server did not answer. Trying again (attempt ${attempt} of ${MAX_RETRIES + 1})…`
                  : 'Loading…'}
              </span>
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

import { useCallback } from 'react'
import { isRouteErrorResponse, useRevalidator, useRouteError } from 'react-router'
import { ErrorView } from '../components/error-view.tsx'
import { couldNotLoad } from '../data/load-failure.ts'
import { isDataLoadError, type DataLoadError } from '../data/load-error.ts'
import { useWhenOnline } from '../hooks/use-when-online.ts'
import { formatPageTitle } from '../lib/format.ts'
import type { NotFoundData } from '../data/not-found.ts'
import { NotFound } from './not-found.tsx'
import type { ErrorScope } from './routes.tsx'

function hintFor(error: DataLoadError): string {
  if (error.kind === 'offline')
    return 'It will load by itself when you are back online, or press Retry once you are.'
  if (error.retryable) return 'This is often temporary. Check your connection, then retry.'
  if (error.kind === 'not-found') return 'The file may have been moved or not published yet.'
  return 'The file needs to be fixed by whoever publishes this site; retrying will help once it is.'
}

function isNotFoundData(value: unknown): value is NotFoundData {
  return typeof value === 'object' && value !== null && 'message' in value
}

/**
 * A route's code that failed to download, as Chromium, Firefox and Safari
 * word it. The router remembers such a failure, so only a reload retries it.
 */
function isCodeLoadError(error: unknown): boolean {
  return (
    error instanceof TypeError &&
    /dynamically imported module|module script failed/i.test(error.message)
  )
}

/**
 * Every route's error boundary: a 404 gets the not-found view; a failed load
 * says what went wrong and offers Retry, which reruns the loaders (a query in
 * error with no data is fetched again by ensureQueryData). Failures the
 * network may cure are retried by themselves once the browser is back online.
 */
export function RouteError({ scope = 'page' }: ErrorScope) {
  const error = useRouteError()
  const revalidator = useRevalidator()
  const retrying = revalidator.state === 'loading'
  const codeMissing = isCodeLoadError(error)
  // Inside a film the film's title is the page's h1.
  const level = scope === 'page' ? 1 : 2
  const { revalidate } = revalidator
  const retry = useCallback(
    () => (codeMissing ? reload() : void revalidate()),
    [codeMissing, revalidate],
  )
  useWhenOnline(retry, codeMissing || (isDataLoadError(error) && error.retryable))

  if (isRouteErrorResponse(error) && error.status === 404) {
    return <NotFound {...(isNotFoundData(error.data) ? { message: error.data.message } : {})} />
  }
  if (isDataLoadError(error) && error.kind === 'stale') {
    // The update notice, in place of a page this tab's code must not render.
    return (
      <ErrorView
        title="A new version of Film Explorer is ready"
        onRetry={reloadNewVersion}
        retryLabel="Reload"
        level={level}
      >
        <title>{formatPageTitle('New version')}</title>
        <p>{error.message}</p>
        <p className="muted">Reload to open this page in the new version.</p>
      </ErrorView>
    )
  }
  if (isDataLoadError(error)) {
    return (
      <ErrorView title={couldNotLoad(error)} onRetry={retry} retrying={retrying} level={level}>
        <title>{formatPageTitle('Could not load')}</title>
        <p>{error.message}</p>
        {error.details.path && (
          <p>
            Field: <code>{error.details.path}</code>
          </p>
        )}
        <p className="muted">{hintFor(error)}</p>
      </ErrorView>
    )
  }
  if (codeMissing) {
    const offline = navigator.onLine === false
    return (
      <ErrorView
        title={`This ${scope} could not be downloaded`}
        onRetry={retry}
        retryLabel="Reload"
        level={level}
      >
        <title>{formatPageTitle('Could not load')}</title>
        <p>
          {offline
            ? 'You are offline, and this part of the app has not been downloaded yet.'
            : 'Part of the app could not be downloaded. Check your connection.'}
        </p>
        <p className="muted">
          {offline
            ? 'It will open by itself when you are back online.'
            : 'Reloading the page fetches it again.'}
        </p>
      </ErrorView>
    )
  }
  return (
    <ErrorView title="Something went wrong" onRetry={retry} retrying={retrying} level={level}>
      <title>{formatPageTitle('Something went wrong')}</title>
      <p>{error instanceof Error ? error.message : 'An unexpected error occurred.'}</p>
    </ErrorView>
  )
}

function reload() {
  window.location.reload()
}

/**
 * Lets a waiting service worker take over first (public/pwa.js does the
 * same for links), so the reloaded page and its worker are one version.
 */
function reloadNewVersion() {
  const worker = globalThis.navigator?.serviceWorker
  if (!worker) return reload()
  void worker
    .getRegistration()
    .then((registration) => registration?.waiting?.postMessage({ type: 'SKIP_WAITING' }))
    .catch(() => undefined)
    .finally(reload)
}

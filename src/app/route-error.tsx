import { isRouteErrorResponse, useRevalidator, useRouteError } from 'react-router'
import { ErrorView } from '../components/error-view.tsx'
import { isDataLoadError, type DataLoadError } from '../data/load-error.ts'
import { formatPageTitle } from '../lib/format.ts'
import type { NotFoundData } from './film-route.tsx'
import { NotFound } from './not-found.tsx'

function hintFor(error: DataLoadError): string {
  if (error.retryable) return 'This is often temporary. Check your connection, then retry.'
  if (error.kind === 'not-found') return 'The file may have been moved or not published yet.'
  return 'The file needs to be fixed by whoever publishes this site; retrying will help once it is.'
}

function isNotFoundData(value: unknown): value is NotFoundData {
  return typeof value === 'object' && value !== null && 'message' in value
}

/**
 * Every route's error boundary: a 404 gets the not-found view; a failed load
 * says what went wrong and offers Retry, which reruns the loaders (a query in
 * error with no data is fetched again by ensureQueryData).
 */
export function RouteError() {
  const error = useRouteError()
  const revalidator = useRevalidator()
  const retry = () => void revalidator.revalidate()
  const retrying = revalidator.state === 'loading'

  if (isRouteErrorResponse(error) && error.status === 404) {
    return <NotFound {...(isNotFoundData(error.data) ? { message: error.data.message } : {})} />
  }
  if (isDataLoadError(error)) {
    return (
      <ErrorView title="The film data could not be loaded" onRetry={retry} retrying={retrying}>
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
  return (
    <ErrorView title="Something went wrong" onRetry={retry} retrying={retrying}>
      <title>{formatPageTitle('Something went wrong')}</title>
      <p>{error instanceof Error ? error.message : 'An unexpected error occurred.'}</p>
    </ErrorView>
  )
}

import type { ReactNode } from 'react'

interface ErrorViewProps {
  readonly title: string
  readonly children: ReactNode
  readonly onRetry?: () => void
  readonly retrying?: boolean
  /** What the retry button says: "Retry", or "Reload" where it reloads the page. */
  readonly retryLabel?: string
  /** 2 inside a film's section, under the film's own h1. */
  readonly level?: 1 | 2
}

/** A failure in plain words with a way forward: Retry where it can help, and a way home. */
export function ErrorView({
  title,
  children,
  onRetry,
  retrying = false,
  retryLabel = 'Retry',
  level = 1,
}: ErrorViewProps) {
  const Heading = level === 1 ? 'h1' : 'h2'
  return (
    <section className="error-view" aria-labelledby="error-title">
      <Heading id="error-title" tabIndex={-1} data-page-heading>
        {title}
      </Heading>
      <div className="error-view__body">{children}</div>
      <div className="error-view__actions">
        {onRetry && (
          <button
            type="button"
            className="button button--primary"
            onClick={onRetry}
            disabled={retrying}
          >
            {retrying ? 'Retrying…' : retryLabel}
          </button>
        )}
        <a className="button" href="/">
          Go to the home page
        </a>
      </div>
    </section>
  )
}

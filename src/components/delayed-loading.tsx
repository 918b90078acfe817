import { useDelayedFlag } from '../hooks/use-delayed-flag.ts'

/** Shown only after a short wait, so fast loads never flash a spinner. */
export const LOADING_DELAY_MS = 300

/** A loading message in a live region that exists from the start, so it is announced when it appears. */
export function DelayedLoading({ label }: { readonly label: string }) {
  const visible = useDelayedFlag(true, LOADING_DELAY_MS)
  return (
    <div className="loading" role="status" aria-busy="true">
      {visible && (
        <>
          <span className="loading__spinner" aria-hidden="true" />
          {label}
        </>
      )}
    </div>
  )
}

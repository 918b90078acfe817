import { useEffect } from 'react'
import { useHydrated } from './use-hydrated.ts'

/**
 * Reveals the view panels that public/boot.js hid for a link with a search.
 * Runs after the first render with the full URL (when hydration is done), so
 * the panels appear once, already filtered.
 */
export function useUrlStateApplied() {
  const hydrated = useHydrated()
  useEffect(() => {
    if (hydrated) delete document.documentElement.dataset.urlState
  }, [hydrated])
}

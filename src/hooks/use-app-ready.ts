import { useEffect } from 'react'
import { useHydrated } from './use-hydrated.ts'

/**
 * Once the app has taken over the page (hydrated, or rendered from scratch):
 * reveals the view panels that public/boot.js hid for a link with a search
 * (they appear once, already filtered), and marks <html data-ready> so that
 * tests and tools know the page now responds to input.
 */
export function useAppReady() {
  const hydrated = useHydrated()
  useEffect(() => {
    if (!hydrated) return
    const root = document.documentElement
    delete root.dataset.urlState
    root.dataset.ready = ''
  }, [hydrated])
}

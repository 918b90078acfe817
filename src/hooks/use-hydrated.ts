import { useSyncExternalStore } from 'react'

const noSubscription = () => () => {}

/**
 * False while React hydrates prerendered HTML, true after (and always true in
 * a page rendered in the browser from scratch). Prerendered HTML knows only
 * the path: whatever depends on the search or hash (filters, a highlighted
 * permalink) waits for this, so hydration matches the HTML exactly and React
 * then re-renders with the full URL.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  )
}

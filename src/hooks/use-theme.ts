import { useCallback, useSyncExternalStore } from 'react'

/** What the reader chose: a theme, or to follow the system's. */
export type ThemeChoice = 'system' | 'light' | 'dark'
export type Theme = 'light' | 'dark'

/** Also read by public/boot.js before the app loads. */
const THEME_STORAGE_KEY = 'film-explorer:theme'
const CHANGE_EVENT = 'film-explorer:themechange'
const DARK_QUERY = '(prefers-color-scheme: dark)'

/** A stored or chosen value as a choice; anything else means the system's. */
export const readChoice = (value: string | null | undefined): ThemeChoice =>
  value === 'light' || value === 'dark' ? value : 'system'

// The choice lives on <html data-theme> (boot.js sets it before the first
// paint); "system" is its absence.
function apply(choice: ThemeChoice) {
  const { dataset } = document.documentElement
  if (choice === 'system') delete dataset.theme
  else dataset.theme = choice
}

// One string, so that React compares snapshots by value: "dark light" is a
// dark choice on a light system.
const snapshot = () =>
  `${readChoice(document.documentElement.dataset.theme)} ${window.matchMedia?.(DARK_QUERY).matches ? 'dark' : 'light'}`

function subscribe(onChange: () => void) {
  const media = window.matchMedia?.(DARK_QUERY)
  media?.addEventListener('change', onChange)
  addEventListener(CHANGE_EVENT, onChange)
  return () => {
    media?.removeEventListener('change', onChange)
    removeEventListener(CHANGE_EVENT, onChange)
  }
}

/**
 * The reader's choice (system, light or dark), the system's theme, and a
 * setter that remembers the choice; "system" forgets it, so the page follows
 * the system again. The server snapshot is "system": a prerendered page has no
 * way to know, and React swaps in the real value after hydration.
 */
export function useTheme() {
  const [choice, system] = useSyncExternalStore(subscribe, snapshot, () => 'system light').split(
    ' ',
  ) as [ThemeChoice, Theme]
  const choose = useCallback((next: ThemeChoice) => {
    apply(next)
    try {
      if (next === 'system') localStorage.removeItem(THEME_STORAGE_KEY)
      else localStorage.setItem(THEME_STORAGE_KEY, next)
    } catch {
      // Storage blocked: the choice lasts for this page only.
    }
    dispatchEvent(new Event(CHANGE_EVENT))
  }, [])
  return { choice, system, choose }
}

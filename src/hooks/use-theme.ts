import { useCallback, useSyncExternalStore } from 'react'

export type Theme = 'light' | 'dark'

/** Also read by public/boot.js before the app loads. */
const THEME_STORAGE_KEY = 'film-explorer:theme'
const CHANGE_EVENT = 'film-explorer:themechange'
const DARK_QUERY = '(prefers-color-scheme: dark)'

function currentTheme(): Theme {
  const chosen = document.documentElement.dataset.theme
  if (chosen === 'light' || chosen === 'dark') return chosen
  return window.matchMedia?.(DARK_QUERY).matches ? 'dark' : 'light'
}

function subscribe(onChange: () => void) {
  const media = window.matchMedia?.(DARK_QUERY)
  media?.addEventListener('change', onChange)
  window.addEventListener(CHANGE_EVENT, onChange)
  return () => {
    media?.removeEventListener('change', onChange)
    window.removeEventListener(CHANGE_EVENT, onChange)
  }
}

/**
 * The theme in effect (the reader's choice, else the system's) and a toggle
 * that remembers the choice. The server snapshot is light: a prerendered page
 * has no way to know, and React swaps in the real value after hydration.
 */
export function useTheme() {
  const theme = useSyncExternalStore(subscribe, currentTheme, () => 'light' as Theme)
  const toggle = useCallback(() => {
    const next: Theme = currentTheme() === 'dark' ? 'light' : 'dark'
    document.documentElement.dataset.theme = next
    try {
      localStorage.setItem(THEME_STORAGE_KEY, next)
    } catch {
      // Storage blocked: the choice lasts for this page only.
    }
    window.dispatchEvent(new Event(CHANGE_EVENT))
  }, [])
  return { theme, toggle }
}

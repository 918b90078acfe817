import { useEffect } from 'react'
import { useLocation } from 'react-router'
import { useHydrated } from './use-hydrated.ts'

function decodeHash(hash: string): string | null {
  if (hash.length < 2) return null
  try {
    return decodeURIComponent(hash.slice(1))
  } catch {
    return null // a mangled permalink highlights nothing rather than crashing
  }
}

/**
 * The element id a permalink points at (`#goof-1` gives "goof-1"), or null.
 * Once the route has rendered that element, scrolls to it and gives it focus,
 * so keyboard and screen-reader users start there too. (The router's
 * ScrollRestoration scrolls to a hash only when the location changes, which on
 * a first visit happens before a lazily loaded route has drawn the element.)
 */
export function useHashTarget(): string | null {
  const { hash, key } = useLocation()
  // Prerendered HTML has no hash: highlight only once hydrated.
  const id = useHydrated() ? decodeHash(hash) : null
  useEffect(() => {
    const target = id ? document.getElementById(id) : null
    if (!target) return
    target.scrollIntoView({ block: 'start' })
    if (target.tabIndex === -1) target.focus({ preventScroll: true })
  }, [id, key])
  return id
}

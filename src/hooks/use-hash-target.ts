import { useEffect } from 'react'
import { useLocation } from 'react-router'

function decodeHash(hash: string): string | null {
  if (hash.length < 2) return null
  try {
    return decodeURIComponent(hash.slice(1))
  } catch {
    return null // a mangled permalink highlights nothing rather than crashing
  }
}

/**
 * The element id a permalink points at (`#goof-1` gives "goof-1"), or null,
 * and scrolls that element into view once the route has rendered it. The
 * router's ScrollRestoration scrolls to a hash only when the location changes,
 * which on a first visit happens before a lazily loaded route has drawn the
 * element, so an opened permalink would otherwise stay at the top.
 */
export function useHashTarget(): string | null {
  const { hash, key } = useLocation()
  const id = decodeHash(hash)
  useEffect(() => {
    if (id) document.getElementById(id)?.scrollIntoView({ block: 'start' })
  }, [id, key])
  return id
}

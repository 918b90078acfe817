import { useLocation } from 'react-router'

/** The element id a permalink points at (`#goof-1` gives "goof-1"), or null. */
export function useHashTarget(): string | null {
  const { hash } = useLocation()
  if (hash.length < 2) return null
  try {
    return decodeURIComponent(hash.slice(1))
  } catch {
    return null // a mangled permalink highlights nothing rather than crashing
  }
}

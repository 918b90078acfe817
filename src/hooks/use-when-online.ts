import { useEffect } from 'react'

/**
 * Calls `action` when the browser says the connection is back (the `online`
 * event), so a view that failed for want of a network can recover by itself.
 */
export function useWhenOnline(action: () => void, enabled = true) {
  useEffect(() => {
    if (!enabled) return
    window.addEventListener('online', action)
    return () => window.removeEventListener('online', action)
  }, [action, enabled])
}

import { useEffect, useState } from 'react'

/**
 * True once `active` has stayed true for `delayMs`. Loading indicators use it
 * so a fast load shows nothing at all instead of a flash.
 */
export function useDelayedFlag(active: boolean, delayMs: number): boolean {
  const [elapsed, setElapsed] = useState(false)
  useEffect(() => {
    if (!active) return
    const timer = setTimeout(() => setElapsed(true), delayMs)
    return () => {
      clearTimeout(timer)
      setElapsed(false)
    }
  }, [active, delayMs])
  return active && elapsed
}

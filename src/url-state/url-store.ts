import type { DataRouter } from 'react-router'
import { withParams, type ParamValue } from '../lib/search-params.ts'

export interface WriteOptions {
  /** Typing replaces the history entry; discrete choices (the default) push one. */
  readonly history?: 'push' | 'replace'
  /**
   * Wait this long after the last such write before writing the URL (typing:
   * the URL follows once the typing pauses, so no keystroke waits on the
   * router). Other writes go at the end of the tick, with everything pending.
   */
  readonly waitMs?: number
}

type Router = Pick<DataRouter, 'state' | 'navigate' | 'subscribe'>

/**
 * The one queue of URL writes, in the spirit of nuqs. Views read their
 * params from the URL overlaid with the writes not yet in it, so a keystroke
 * shows at once. Every write merges into one pending set; the URL is written
 * once for all of them, built on the router's live location (never on what
 * React last rendered), pushing a history entry if any write asked for one.
 * Back and Forward always win: they drop what is pending. So does leaving
 * the page the writes were made on: a late write never undoes a navigation.
 */
export function createUrlStore(router: Router) {
  let pending: Record<string, ParamValue> = {}
  let pendingPath: string | null = null
  let push = false
  let timer: ReturnType<typeof setTimeout> | undefined
  let lastKey = router.state.location.key
  const listeners = new Set<() => void>()
  const notify = () => listeners.forEach((listener) => listener())
  const overlay = (search: string) => withParams(new URLSearchParams(search), pending).toString()

  function clear() {
    clearTimeout(timer)
    pending = {}
    pendingPath = null
    push = false
  }

  function flush() {
    clearTimeout(timer)
    const { location, navigation } = router.state
    // A write of our own may still be on its way: build on it.
    const base = navigation.location ?? location
    if (base.pathname !== pendingPath) return clear()
    const next = overlay(base.search)
    if (next === new URLSearchParams(base.search).toString()) return clear()
    // What was written stays laid over the URL until the router holds it,
    // so the view never flickers back to the old value in between.
    void router.navigate(`${base.pathname}${next && `?${next}`}`, {
      replace: !push,
      preventScrollReset: true,
    })
    push = false
  }

  return {
    /** The URL's search with what is pending laid over it, for a view at `pathname`. */
    searchFor(pathname: string): string | null {
      const { location } = router.state
      if (location.pathname !== pathname) return null
      return pendingPath === pathname
        ? overlay(location.search)
        : new URLSearchParams(location.search).toString()
    },

    write(path: string, entries: Record<string, ParamValue>, options: WriteOptions = {}) {
      if (pendingPath !== path) clear()
      pendingPath = path
      pending = { ...pending, ...entries }
      push ||= options.history !== 'replace'
      clearTimeout(timer)
      if (options.waitMs) timer = setTimeout(flush, options.waitMs)
      // The end of the tick: the writes of one event go as one.
      else queueMicrotask(flush)
      notify()
    },

    subscribe(listener: () => void) {
      listeners.add(listener)
      const stop = router.subscribe(({ location, historyAction }) => {
        if (location.key !== lastKey) {
          lastKey = location.key
          // Back/Forward, or another page: nothing pending applies any more.
          // Else a write has landed: once the URL holds all of it, it is done.
          if (
            historyAction === 'POP' ||
            location.pathname !== pendingPath ||
            overlay(location.search) === new URLSearchParams(location.search).toString()
          )
            clear()
        }
        listener()
      })
      return () => {
        listeners.delete(listener)
        stop()
      }
    },
  }
}

export type UrlStore = ReturnType<typeof createUrlStore>

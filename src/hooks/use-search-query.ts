import { useCallback, useEffect, useRef, useState } from 'react'
import { useLocation } from 'react-router'
import { readText } from '../lib/search-params.ts'
import { useLiveRouterState } from './use-live-router.ts'

/** A pause in typing this long commits the text to the URL. */
export const COMMIT_AFTER_MS = 150

/**
 * How a change reaches the URL: 'debounced' while typing (replacing the
 * history entry), 'flush' when the reader leaves the box (the same, at once:
 * a link clicked within the pause must find the search in the entry it
 * leaves, so Back comes back to it), 'now' for a discrete action such as a
 * Clear button (a new history entry), 'none' when the caller writes the URL
 * itself.
 */
export type CommitMode = 'debounced' | 'flush' | 'now' | 'none'

/**
 * The text of a search box whose committed value lives in the URL. Returns
 * the live text (what the reader has typed, at once) and a setter that also
 * commits it to the URL.
 *
 * Views filter on the live text, so results follow each keystroke in the same
 * frame; the URL follows a moment later (router navigations are asynchronous).
 * Binding the input to the URL instead drops characters and throws the caret
 * to the end. The live text follows the URL only when the URL changes from
 * outside (Back, a cleared search), not when it catches up with the typing.
 */
export function useSearchQuery(
  urlValue: string,
  /** The route's URL-params update (useUrlParams); the text goes to `q`. */
  update: (patch: { q: string }, options: { replace: boolean }) => void,
): [string, (value: string, mode?: CommitMode) => void] {
  const [live, setLive] = useState(urlValue)
  const [seen, setSeen] = useState(urlValue)
  const [pending, setPending] = useState<readonly string[]>([])

  if (urlValue !== seen) {
    setSeen(urlValue)
    const index = pending.indexOf(urlValue)
    if (index === -1) {
      setLive(urlValue)
      setPending([])
    } else {
      setPending(pending.slice(index + 1))
    }
  }

  // The URL (and the router's re-render and history update that come with it)
  // follows once the typing pauses: during a burst of keys, no keystroke
  // waits behind the URL work of the one before.
  const scheduled = useRef<ReturnType<typeof setTimeout> | null>(null)
  const latest = useRef(update)
  const current = useRef(live)
  // When a commit is due, the router itself is asked whether a navigation
  // is under way or done, and what the URL holds: React renders all three
  // later (a tab clicked just after typing was undone by the commit, and so
  // was a sort chosen just before it).
  const liveState = useLiveRouterState()
  const { pathname } = useLocation()
  useEffect(() => {
    latest.current = update
    current.current = live
  })
  useEffect(() => () => clearTimeout(scheduled.current ?? undefined), [])

  const urlText = useCallback(
    () => readText(new URLSearchParams(liveState().location.search), 'q'),
    [liveState],
  )
  // Skipped if the box has since been reset from outside (Back, a Clear
  // button), if the URL already holds the text (a sort chosen meanwhile
  // carried it along), or if the reader is navigating or has navigated to
  // another page: a late commit must never undo a navigation.
  const replaceIfStillWanted = useCallback(
    (value: string) => {
      const { navigation, location } = liveState()
      const leaving = navigation.state !== 'idle' || location.pathname !== pathname
      if (leaving || current.current !== value || urlText() === value) return
      latest.current({ q: value }, { replace: true })
    },
    [liveState, pathname, urlText],
  )

  const set = useCallback(
    (value: string, mode: CommitMode = 'debounced') => {
      clearTimeout(scheduled.current ?? undefined)
      if (value !== live) {
        setLive(value)
        setPending((list) => [...list, value])
      }
      // The live URL: a Clear button's press first blurs the box, whose
      // commit React has not rendered when the click comes.
      if (mode === 'now' && urlText() !== value) latest.current({ q: value }, { replace: false })
      if (mode === 'flush') replaceIfStillWanted(value)
      if (mode === 'debounced')
        scheduled.current = setTimeout(() => replaceIfStillWanted(value), COMMIT_AFTER_MS)
    },
    [live, replaceIfStillWanted, urlText],
  )
  return [live, set]
}

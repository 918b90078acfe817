import { useEffect, useRef, useState, useSyncExternalStore, type RefObject } from 'react'
import { useNavigate } from 'react-router'
import { useSearch } from './api/use-search.ts'
import { searchWords } from '../../../contract/search-text.ts'
import { resultCount, resultGroups, searchFailure } from './search-hits.ts'
import { couldNotLoad } from '../../data/load-failure.ts'
import { isDataLoadError } from '../../data/load-error.ts'
import { searchPath } from '../../../contract/routes.ts'

/** The box (site-search.tsx), which this popup listens to and keeps the ARIA state of. */
type Box = RefObject<HTMLInputElement | null>

/** The list's id, which the box's aria-controls names once the list is here. */
const listId = 'site-search-list'

// The engine and its manifest as soon as the list's code is here, before
// the first query needs them; a failure shows when a query does. Its code
// and the manifest have come with the list's (the page's links to them,
// site-search.tsx), and loaded on demand it is one file, not a second copy
// of its entry (vite.config.ts).
void import('./api/search-run.ts').then((module) => module.warm()).catch(() => {})

/** A subscription to the box's events, for useSyncExternalStore. */
const listen = (input: Box, types: readonly string[]) => (changed: () => void) => {
  const box = input.current
  for (const type of types) box?.addEventListener(type, changed)
  return () => {
    for (const type of types) box?.removeEventListener(type, changed)
  }
}

/** Results in the list, per group: enough to choose from; the results page has the rest. */
export const POPUP_LIMIT = 6

/**
 * The combobox's list (WAI-ARIA "combobox with listbox popup"): results as
 * you type, films and people in groups, and a last option for the full
 * results page. Focus stays in the box; arrow keys move the active option,
 * Enter opens it (or the results page), Escape closes the list and, once
 * closed, empties the box.
 */
export function SearchPopup() {
  // The one box of that id, in the header (site-search.tsx), found rather
  // than passed: the header's code is on every page, and shorter so.
  const [input] = useState<Box>(() => ({
    current: document.getElementById('site-search') as HTMLInputElement | null,
  }))
  const optionId = (index: number) => `${listId}-${index}`
  // The box's text and focus, read from the box itself: a subscription
  // rather than state set by listeners, so a key pressed while this list
  // was mounting is never lost (React re-reads the box once subscribed).
  const [on] = useState(() => ({
    input: listen(input, ['input']),
    focus: listen(input, ['focus', 'blur']),
  }))
  const query = useSyncExternalStore(on.input, () => input.current?.value ?? '')
  const focused = useSyncExternalStore(on.focus, () => document.activeElement === input.current)
  // The active option and a closed list hold for the query they were chosen
  // in: a new query starts from the box, with the list open.
  const [choice, setChoice] = useState({ query: '', active: -1, open: true })
  const active = choice.query === query ? choice.active : -1
  const open = choice.query === query ? choice.open : true
  const setActive = (index: number) => setChoice({ query, active: index, open: true })
  const setOpen = (next: boolean) => setChoice({ query, active: -1, open: next })
  const keys = useRef<(event: KeyboardEvent) => void>(undefined)
  useEffect(() => {
    const box = input.current
    // A combobox now that there is a list (the page's markup is a plain
    // search field); aria-expanded follows below.
    box?.setAttribute('role', 'combobox')
    box?.setAttribute('aria-autocomplete', 'list')
    box?.setAttribute('aria-controls', listId)
    const onKey = (event: KeyboardEvent) => keys.current?.(event)
    box?.addEventListener('keydown', onKey)
    return () => box?.removeEventListener('keydown', onKey)
  }, [input])
  const navigate = useNavigate()
  const searchable = searchWords(query).length > 0
  const { data, error, pending: isFetching } = useSearch(query, POPUP_LIMIT, searchable)

  // Another query's answers stay while this one's come, so nothing flickers;
  // offline, where this one's may never come, they would read as its own.
  const groups =
    searchable && data && (data.query === query || navigator.onLine !== false)
      ? resultGroups(data)
      : []
  const options = [
    ...groups.flatMap((group) => group.items.map((item) => item.href)),
    ...(searchable ? [searchPath(query)] : []),
  ]
  const expanded = open && searchable && focused
  const activeId = expanded && active >= 0 ? optionId(active) : undefined
  useEffect(() => {
    const box = input.current
    box?.setAttribute('aria-expanded', String(expanded))
    if (activeId) box?.setAttribute('aria-activedescendant', activeId)
    else box?.removeAttribute('aria-activedescendant')
  }, [input, expanded, activeId])
  useEffect(() => {
    if (activeId) document.getElementById(activeId)?.scrollIntoView({ block: 'nearest' })
  }, [activeId])

  const go = (href: string) => {
    setOpen(false)
    void navigate(href)
  }
  const onKey = (event: KeyboardEvent) => {
    const count = options.length
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        if (!count) return
        event.preventDefault()
        const step = event.key === 'ArrowDown' ? 1 : -1
        // From the box, down goes to the first option and up to the last.
        setActive(
          !open || active < 0 ? (step > 0 ? 0 : count - 1) : (active + step + count) % count,
        )
        return
      }
      case 'Enter': {
        // The form's own submit is for a page without this code (site-search.tsx).
        event.preventDefault()
        if (searchable) go(options[active] ?? searchPath(query))
        return
      }
      case 'Escape': {
        event.preventDefault()
        if (expanded) setOpen(false)
        else {
          // Emptied as typing would: the box's input event tells every reader.
          const box = event.target as HTMLInputElement
          box.value = ''
          box.dispatchEvent(new Event('input', { bubbles: true }))
        }
        return
      }
    }
  }
  // The box's listener calls the handler of the latest render.
  useEffect(() => {
    keys.current = onKey
  })

  if (!expanded) return null
  // Each option's place in the list, for the arrow keys and aria-activedescendant.
  const starts: number[] = []
  for (let at = 0, n = 0; n < groups.length; n += 1) {
    starts.push(at)
    at += groups[n]?.items.length ?? 0
  }
  const message = error
    ? // What failed, named by its file; a newer build's file was loaded, but is not for this code.
      `${isDataLoadError(error) && error.kind !== 'stale' ? couldNotLoad(error) : 'Search is not available'}. ${searchFailure(error)}`
    : data && data.query === query
      ? groups.length
        ? resultCount(data)
        : `Nothing matches “${query.trim()}”. Check the spelling, try fewer words, or browse the films below.`
      : isFetching
        ? 'Searching…'
        : ''
  return (
    <div className="site-search__popup">
      <p className="site-search__status" role="status">
        {message}
      </p>
      <ul
        id={listId}
        role="listbox"
        aria-label="Search results"
        className="site-search__list"
        // Clicking an option must not blur the box first.
        onMouseDown={(event) => event.preventDefault()}
      >
        {groups.map((group, n) => (
          <li key={group.kind} role="presentation">
            <p className="site-search__group" id={`${listId}-${group.kind}`} aria-hidden>
              {group.label}
            </p>
            <ul role="group" aria-labelledby={`${listId}-${group.kind}`}>
              {group.items.map((item, k) => {
                const at = (starts[n] ?? 0) + k
                return (
                  <li
                    key={item.href}
                    id={optionId(at)}
                    role="option"
                    aria-selected={at === active}
                    className="site-search__option"
                    onClick={() => go(item.href)}
                  >
                    <span className="site-search__name">{item.name}</span>
                    <span className="site-search__detail">{item.detail}</span>
                  </li>
                )
              })}
            </ul>
          </li>
        ))}
        <li
          id={optionId(options.length - 1)}
          role="option"
          aria-selected={active === options.length - 1}
          className="site-search__option site-search__all"
          onClick={() => go(searchPath(query))}
        >
          All results for “{query.trim()}”
        </li>
      </ul>
    </div>
  )
}

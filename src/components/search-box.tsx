import { useId, useRef, useState } from 'react'

interface SearchBoxProps {
  readonly label: string
  /** The committed value (from the URL). */
  readonly value: string
  readonly onChange: (value: string) => void
  readonly placeholder?: string
}

/**
 * A search field whose value lives in the URL. The input shows a local draft:
 * URL updates land a moment after the keystroke (router navigations are
 * asynchronous), and binding the input to them directly drops characters and
 * throws the caret to the end. The draft follows the URL only when the URL
 * changes from outside (Back, a cleared search), not when it catches up with
 * what was typed.
 */
export function SearchBox({ label, value, onChange, placeholder }: SearchBoxProps) {
  const id = useId()
  const inputRef = useRef<HTMLInputElement>(null)
  const [draft, setDraft] = useState(value)
  const [seen, setSeen] = useState(value)
  const [pending, setPending] = useState<readonly string[]>([])

  if (value !== seen) {
    setSeen(value)
    const index = pending.indexOf(value)
    if (index === -1) {
      setDraft(value)
      setPending([])
    } else {
      setPending(pending.slice(index + 1))
    }
  }

  const commit = (next: string) => {
    if (next === draft) return
    setDraft(next)
    setPending((list) => [...list, next])
    onChange(next)
  }

  return (
    <div className="search-box" role="search">
      <label htmlFor={id}>{label}</label>
      <div className="search-box__field">
        <input
          ref={inputRef}
          id={id}
          type="search"
          value={draft}
          placeholder={placeholder}
          autoComplete="off"
          spellCheck={false}
          enterKeyHint="search"
          aria-keyshortcuts="/"
          onChange={(event) => commit(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Escape' && draft !== '') {
              event.preventDefault()
              commit('')
            }
          }}
        />
        {draft !== '' && (
          <button
            type="button"
            className="search-box__clear"
            aria-label="Clear search text"
            onClick={() => {
              commit('')
              inputRef.current?.focus()
            }}
          >
            <span aria-hidden="true">×</span>
          </button>
        )}
      </div>
    </div>
  )
}

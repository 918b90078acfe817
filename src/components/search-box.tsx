import { useId, useRef } from 'react'

interface SearchBoxProps {
  readonly label: string
  /** The URL parameter the text goes to, as the field's name. */
  readonly name: string
  /** The live search text (see useUrlParams). */
  readonly value: string
  /** Each edit: typing, Escape, or the clear button. */
  readonly onChange: (value: string) => void
  /**
   * Focus leaves the box: the text should reach the URL at once, so that a
   * link clicked next finds the search in the history entry it leaves.
   */
  readonly onCommit: () => void
  readonly placeholder?: string
}

/**
 * A labelled search field; Escape or the clear button empties it. Not a
 * search landmark: a view's filter is part of the view, and the page's one
 * search landmark is the site's (src/features/search/site-search.tsx).
 */
export function SearchBox({ label, name, value, onChange, onCommit, placeholder }: SearchBoxProps) {
  const id = useId()
  const inputRef = useRef<HTMLInputElement>(null)
  return (
    <div className="search-box">
      <label htmlFor={id}>{label}</label>
      <div className="search-box__field">
        <input
          ref={inputRef}
          id={id}
          type="search"
          name={name}
          value={value}
          placeholder={placeholder}
          autoComplete="off"
          spellCheck={false}
          enterKeyHint="search"
          onChange={(event) => onChange(event.target.value)}
          onBlur={onCommit}
          onKeyDown={(event) => {
            if (event.key === 'Escape' && value !== '') {
              event.preventDefault()
              onChange('')
            }
          }}
        />
        {value !== '' && (
          <button
            type="button"
            className="search-box__clear"
            aria-label="Clear search text"
            onClick={() => {
              onChange('')
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

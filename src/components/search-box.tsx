import { useId, useRef } from 'react'
import type { CommitMode } from '../hooks/use-search-query.ts'

interface SearchBoxProps {
  readonly label: string
  /** The URL parameter the text goes to, as the field's name. */
  readonly name: string
  /** The live search text (see useSearchQuery). */
  readonly value: string
  /** Called with 'flush' when focus leaves the box (see CommitMode). */
  readonly onChange: (value: string, mode?: CommitMode) => void
  readonly placeholder?: string
}

/** A labelled search field; Escape or the clear button empties it. */
export function SearchBox({ label, name, value, onChange, placeholder }: SearchBoxProps) {
  const id = useId()
  const inputRef = useRef<HTMLInputElement>(null)
  return (
    <div className="search-box" role="search">
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
          aria-keyshortcuts="/"
          onChange={(event) => onChange(event.target.value)}
          onBlur={() => onChange(value, 'flush')}
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

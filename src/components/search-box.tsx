import { useId, useRef } from 'react'
import { useValueEnteredBeforeHydration } from '../hooks/use-value-entered-before-hydration.ts'

interface SearchBoxProps {
  readonly label: string
  /** The live search text (see useSearchQuery). */
  readonly value: string
  readonly onChange: (value: string) => void
  readonly placeholder?: string
}

/** A labelled search field; Escape or the clear button empties it. */
export function SearchBox({ label, value, onChange, placeholder }: SearchBoxProps) {
  const id = useId()
  const inputRef = useRef<HTMLInputElement>(null)
  useValueEnteredBeforeHydration(inputRef, value, onChange)
  return (
    <div className="search-box" role="search">
      <label htmlFor={id}>{label}</label>
      <div className="search-box__field">
        <input
          ref={inputRef}
          id={id}
          type="search"
          value={value}
          placeholder={placeholder}
          autoComplete="off"
          spellCheck={false}
          enterKeyHint="search"
          aria-keyshortcuts="/"
          onChange={(event) => onChange(event.target.value)}
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

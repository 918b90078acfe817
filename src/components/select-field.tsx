import { useRef } from 'react'
import { useValueEnteredBeforeHydration } from '../hooks/use-value-entered-before-hydration.ts'

export interface SelectOption<T extends string> {
  readonly value: T
  readonly label: string
}

interface SelectFieldProps<T extends string> {
  readonly label: string
  readonly value: T
  readonly options: readonly SelectOption<T>[]
  readonly onChange: (value: T) => void
}

/** A labelled native select over a fixed set of values: typed in, typed out. */
export function SelectField<T extends string>({
  label,
  value,
  options,
  onChange,
}: SelectFieldProps<T>) {
  const selectRef = useRef<HTMLSelectElement>(null)
  const choose = (chosenValue: string) => {
    const chosen = options.find((option) => option.value === chosenValue)
    if (chosen) onChange(chosen.value)
  }
  useValueEnteredBeforeHydration(selectRef, value, choose)
  return (
    <label className="field">
      <span>{label}</span>
      <select ref={selectRef} value={value} onChange={(event) => choose(event.target.value)}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  )
}

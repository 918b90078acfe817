import { useEffect, useRef, type RefObject } from 'react'

/**
 * A prerendered page shows its fields before the app has loaded (its scripts
 * start after the first paint), so a reader may type a search or pick a sort
 * first. Hydration leaves their choice in the field, but the state still holds
 * the prerendered value, and the next render would put that back: the
 * reader's input silently lost. So on mount, a field whose DOM value differs
 * from its state passes the DOM value to `onChange`, as if just entered. A
 * field the app rendered itself always matches, so this does nothing there.
 * An effect, not a layout effect: `onChange` may navigate, which React Router
 * only allows once its own effects have run. React runs pending effects before
 * any next render, so no render can reset the field first.
 */
export function useValueEnteredBeforeHydration(
  field: RefObject<HTMLInputElement | HTMLSelectElement | null>,
  value: string,
  onChange: (value: string) => void,
) {
  const atMount = useRef({ value, onChange })
  useEffect(() => {
    const entered = field.current?.value
    if (entered !== undefined && entered !== atMount.current.value) {
      atMount.current.onChange(entered)
    }
  }, [field])
}

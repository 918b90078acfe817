import { useEffect } from 'react'

/**
 * "/" focuses the site's search (as on GitHub or YouTube), from any page,
 * unless the reader is typing in a field: the header's box, or on the
 * results page its own (the first search box in the page either way).
 */
export function useSearchShortcut() {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const box = document.querySelector<HTMLInputElement>('input[type="search"]')
      if (
        event.key !== '/' ||
        event.ctrlKey ||
        event.metaKey ||
        event.altKey ||
        !box ||
        // The app has no editable regions but its fields.
        (event.target as Element).closest?.('input, textarea, select')
      )
        return
      event.preventDefault()
      box.focus()
      box.select()
    }
    document.addEventListener('keydown', onKeyDown)
    return () => document.removeEventListener('keydown', onKeyDown)
  }, [])
}

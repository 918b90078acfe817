import { useRef, useState, type ComponentType } from 'react'
import type { SearchPopupProps } from './site-search-popup.tsx'

// The popup's list, which the box controls.
const LIST_ID = 'site-search-list'

/**
 * The site's search box, a WAI-ARIA combobox in the header of every page
 * but the results page, which has its own. This is all a page ships:
 * a form that opens the results page. The list and the engine load when the
 * box is focused or typed in (ADR 11); from then on the popup listens to the
 * box and keeps its ARIA state, so the page pays a few hundred bytes for it.
 */
export function SiteSearch({ label }: { readonly label: string }) {
  const input = useRef<HTMLInputElement>(null)
  const [Popup, setPopup] = useState<ComponentType<SearchPopupProps>>()
  const load = () => {
    if (Popup) return
    void import('./site-search-popup.tsx').then((module) => setPopup(() => module.SearchPopup))
    // The engine and its manifest at the same time as the list, not after it.
    void import('./api/search-run.ts').then((module) => module.warm()).catch(() => {})
  }
  return (
    <form
      role="search"
      className="site-search"
      action="/search"
      // Once the popup is here, it opens the results page in the app.
      onSubmit={(event) => Popup && event.preventDefault()}
    >
      <label htmlFor="site-search">{label}</label>
      <input
        ref={input}
        id="site-search"
        type="search"
        name="q"
        role="combobox"
        aria-autocomplete="list"
        aria-controls={LIST_ID}
        aria-expanded="false"
        aria-keyshortcuts="/"
        autoComplete="off"
        spellCheck={false}
        enterKeyHint="search"
        placeholder="A title or a name"
        onFocus={load}
        onInput={load}
      />
      {Popup && <Popup input={input} listId={LIST_ID} />}
    </form>
  )
}

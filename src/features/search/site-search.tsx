import { useState, type ComponentType } from 'react'

/**
 * The site's search box, in the header of every page but the results page,
 * which has its own. This is all a page ships: a search field in a form that
 * opens the results page. The list and the engine load when the box is
 * focused or typed in (ADR 11); the list makes the box a WAI-ARIA combobox
 * as it mounts, and from then on listens to the box and keeps its ARIA
 * state, so the page pays a few hundred bytes for it. Until then the box
 * promises no list it cannot show.
 */
export function SiteSearch() {
  const [Popup, setPopup] = useState<ComponentType>()
  // The list's module starts the engine, its manifest and their code as it
  // loads (site-search-start.ts): one import here, as this code is on every
  // page. Again on each key it is the same module, and the same state,
  // which React lets pass.
  const load = () =>
    void import('./site-search-start.ts').then((module) => setPopup(() => module.SearchPopup))
  return (
    <form
      role="search"
      // Until the popup is here, Enter opens the results page this way;
      // from then on the popup takes Enter and opens it in the app.
      action="/search"
    >
      <label htmlFor="site-search">Search films and people</label>
      <input
        id="site-search"
        type="search"
        name="q"
        aria-keyshortcuts="/"
        autoComplete="off"
        spellCheck={false}
        placeholder="A title or a name"
        onFocus={load}
        onInput={load}
      />
      {Popup && <Popup />}
    </form>
  )
}

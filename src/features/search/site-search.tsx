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
  // Everything a first search needs starts at once, in one round trip: the
  // page holds, inert, the links to the list's and the engine's code and to
  // the index's manifest (build/prerender.ts), put in the head on the first
  // focus or key; the import of the list is one of them. Again on each key
  // the template is empty and the module the same, and so the state, which
  // React lets pass.
  const load = () => {
    const files = document.getElementById('search-files') as HTMLTemplateElement | null
    if (files) document.head.append(files.content)
    void import('./site-search-popup.tsx').then((module) => setPopup(() => module.SearchPopup))
  }
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

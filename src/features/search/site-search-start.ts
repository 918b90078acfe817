import { preload } from 'react-dom'

/**
 * What the header's box loads on its first focus or key (site-search.tsx):
 * the list, and with it at once everything a first search needs. This
 * module imports nothing a page does not have already, so it runs as soon
 * as it arrives and asks, in one round trip, for the search's manifest and
 * (vite.config.ts, `preloadImports`) the list's chunk and every chunk that
 * imports, rather than the browser finding them an import at a time and
 * the manifest only once the engine runs (issue 30). The engine's own
 * fetch of the manifest is answered by this request.
 */
preload(`${import.meta.env.BASE_URL}${import.meta.env.SEARCH_MANIFEST_FILE}`, {
  as: 'fetch',
  crossOrigin: 'anonymous',
})

export const { SearchPopup } = await import('./site-search-popup.tsx')

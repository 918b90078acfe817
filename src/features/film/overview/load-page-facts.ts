import type { Film } from '../../../../contract/film-schema.ts'
import type { PageFacts } from './page-facts.tsx'

type PageFactsModule = typeof import('./page-facts.tsx')

let loaded: PageFactsModule | undefined
let loading: Promise<PageFactsModule> | undefined

/**
 * Loads the code for what a film's own page gives (page-facts.tsx), once.
 * The server awaits it before it renders, so its HTML is whole.
 */
export const loadPageFacts = () =>
  (loading ??= import('./page-facts.tsx').then((module) => (loaded = module)))

/**
 * A film's page facts; null for a film with no page. Until the code is in,
 * it suspends by throwing the load (the protocol React.lazy uses): a browser
 * hydrating the server's HTML keeps that HTML until then. Not `use()`, which
 * suspends once even on a load that has finished, as on the server.
 */
export function usePageFacts(film: Film): PageFacts | null {
  if (!film.sources.overview.includes('page')) return null
  if (!loaded) throw loadPageFacts()
  return loaded.pageFacts(film)
}

import { parseCatalogView, type CatalogView } from './catalog-view.ts'
import { parseId } from './ids.ts'
import {
  CATALOG_PAGE,
  FILM_SECTIONS,
  PERSON_PAGE,
  SEARCH_PAGE,
  type FilmSectionKind,
  type PageKind,
} from './routes.ts'

/**
 * The pages as the server and the build see them, without React Router:
 * apart from routes.ts, so the browser's core never carries them.
 */

/** Every page and section: the router, the prerenderer, the byte budget and the benchmark read it. */
export const PAGES = [CATALOG_PAGE, PERSON_PAGE, SEARCH_PAGE, ...FILM_SECTIONS] as const

const isFilmSection = (kind: PageKind): kind is FilmSectionKind =>
  FILM_SECTIONS.some((section) => section.kind === kind)

/**
 * A page's route module, by one naming rule: `src/features/<kind>/`,
 * or `src/features/film/<kind>/` for a film's sections, which belong to the
 * film. The app's lazy route imports that file (src/app/pages.ts), and the
 * build manifest names it so, which is how the prerenderer and the byte
 * budget find a page's code.
 */
export const routeModule = (kind: PageKind) =>
  isFilmSection(kind)
    ? `src/features/film/${kind}/${kind}-route.tsx`
    : `src/features/${kind}/${kind}-route.tsx`

export type PageMatch =
  | { readonly kind: 'catalog'; readonly view: CatalogView }
  | { readonly kind: FilmSectionKind; readonly filmId: string }
  | { readonly kind: 'person'; readonly personId: string }
  | { readonly kind: 'search' }

/**
 * Which page a path names, from its decoded segments (`['films',
 * 'mask-1985', 'cast']`), by the patterns above; null for a path no route
 * has. Whether the film or person exists is the data's to say.
 */
export function matchPage(segments: readonly string[]): PageMatch | null {
  const [first, second, third, ...more] = segments
  if (first === undefined) return { kind: 'catalog', view: { filter: '', order: 'title', page: 1 } }
  if (first === 'catalog') {
    const [filter = '', order = '', page = ''] =
      segments.length === 4 ? segments.slice(1) : segments.length === 3 ? ['', second, third] : []
    const view = page ? parseCatalogView({ filter, order, page }) : null
    return view ? { kind: 'catalog', view } : null
  }
  if (first === 'search') return segments.length === 1 ? { kind: 'search' } : null
  if (more.length > 0) return null
  const id = parseId(second)
  if (!id) return null
  if (first === 'people') return third === undefined ? { kind: 'person', personId: id } : null
  if (first !== 'films') return null
  const section = FILM_SECTIONS.find((candidate) => candidate.path === (third ?? ''))
  return section ? { kind: section.kind, filmId: id } : null
}

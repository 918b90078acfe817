import { catalogPath } from '../../contract/catalog-path.ts'
import { parseCatalogView } from '../../contract/catalog-view.ts'
import { CATALOG_PAGE, filmPath, personPath, type PageKind } from '../../contract/routes.ts'

/**
 * Which pages the static export writes as HTML (docs/adr/0018-static-export.md):
 * a film's overview, a person's page and every catalog page. A film's other
 * tabs are its overview's file, answered by a host rewrite with a 200
 * (host-files.ts), so the export holds one page a film, not four.
 */

export interface ExportPage {
  readonly pathname: string
  readonly kind: PageKind
  /** Where its HTML goes, under the export's root. */
  readonly file: string
}

/** `/` is `index.html`; `/films/mask-1985` is `films/mask-1985/index.html`, so no folder holds a file per film. */
export const htmlFileOf = (pathname: string) =>
  pathname === '/' ? 'index.html' : `${pathname.slice(1)}/index.html`

const page = (pathname: string, kind: PageKind): ExportPage => ({
  pathname,
  kind,
  file: htmlFileOf(pathname),
})

/**
 * A catalog data file's page (`filter/order/page.json` under data/catalog/,
 * the filter left out of the unfiltered views), or null for another file.
 */
export function catalogPageOf(fileUnderCatalog: string): string | null {
  const parts = fileUnderCatalog.replace(/\.json$/, '').split('/')
  if (!fileUnderCatalog.endsWith('.json') || parts.length < 2 || parts.length > 3) return null
  const [filter, order, pageNumber] = parts.length === 3 ? parts : ['', ...parts]
  const view = parseCatalogView({
    filter: filter ?? '',
    order: order ?? '',
    page: pageNumber ?? '',
  })
  return view && catalogPath(view)
}

export interface PlanInput {
  readonly films: readonly string[]
  readonly people: readonly string[]
  /** The catalog's data files, relative to data/catalog/. */
  readonly catalogFiles: readonly string[]
}

/** Every page to render, catalog first (the pages a reader meets first), each once. */
export function planPages({ films, people, catalogFiles }: PlanInput): ExportPage[] {
  const catalog = new Set(
    catalogFiles.flatMap((file) => {
      const path = catalogPageOf(file)
      return path ? [path] : []
    }),
  )
  return [
    ...[...catalog].sort().map((path) => page(path, CATALOG_PAGE.kind)),
    ...films.map((id) => page(filmPath(id), 'overview')),
    ...people.map((id) => page(personPath(id), 'person')),
  ]
}

/**
 * One page in `every` of a plan, the first included: each kind keeps its
 * share, since the plan lists them kind by kind (the 10× bench's export).
 */
export function samplePages(pages: readonly ExportPage[], every: number): readonly ExportPage[] {
  const step = Math.max(1, Math.floor(every))
  return step === 1 ? pages : pages.filter((_, index) => index % step === 0)
}

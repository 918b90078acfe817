import { join } from 'node:path'
import type { CatalogEntry, CatalogJump, CatalogPage } from '../src/data/catalog-schema.ts'
import type { CatalogOrder } from '../src/data/catalog-view.ts'
import type { Film } from '../src/data/film-schema.ts'
import { fold } from '../src/lib/text-match.ts'

/**
 * Step 6: the catalog as pages of 100 films, by title and by year, so the
 * app never loads every film at once (36,276 films are 5.4 MB; a page is
 * about 10 kB). Each page carries the counts and the jumps (where each
 * initial or decade starts), so any page can link to all the others.
 */

export const PAGE_SIZE = 100

export function catalogEntry(film: Film): CatalogEntry {
  return {
    id: film.id,
    title: film.title,
    year: film.year,
    genres: film.genres,
    // The top of the billing, one rule for every film: the lists name the
    // leads first, and a page's cast is in billing order.
    stars: film.cast.slice(0, 3).map((credit) => credit.actor),
    rating: film.rating && { value: film.rating.value, max: film.rating.max },
    directors: film.directors,
  }
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true })

/** Title order: title, then year, then id, so it never depends on the order films came in. */
export function compareCatalogEntries(a: CatalogEntry, b: CatalogEntry): number {
  return collator.compare(a.title, b.title) || a.year - b.year || a.id.localeCompare(b.id)
}

/** Newest first, the way people browse by year; then as by title. */
const compareByYear = (a: CatalogEntry, b: CatalogEntry) =>
  b.year - a.year || compareCatalogEntries(a, b)

/** "Émile" files under E, "Æon Flux" under A, "2001" and "'Til" under #. */
export function titleInitial(title: string): string {
  // The first character whole (a code point), folded on its own: "'Til" is
  // under #, where the collation puts it, not under T.
  const [first = ''] = title
  const letter = fold(first).text.charAt(0).toUpperCase()
  return /^[A-Z]$/.test(letter) ? letter : '#'
}

const decade = (year: number) => `${Math.floor(year / 10) * 10}s`

const ORDERS: Record<
  CatalogOrder,
  { compare: typeof compareCatalogEntries; jump: (film: CatalogEntry) => string }
> = {
  title: { compare: compareCatalogEntries, jump: (film) => titleInitial(film.title) },
  year: { compare: compareByYear, jump: (film) => decade(film.year) },
}

/** Each label once, with the page of the first film that has it, in the order films come. */
function jumpsOf(
  sorted: readonly CatalogEntry[],
  label: (film: CatalogEntry) => string,
  size: number,
) {
  const jumps = new Map<string, number>()
  sorted.forEach((film, index) => {
    const key = label(film)
    if (!jumps.has(key)) jumps.set(key, Math.floor(index / size) + 1)
  })
  return [...jumps].map(([label, page]): CatalogJump => ({ label, page }))
}

function pagesOf(entries: readonly CatalogEntry[], order: CatalogOrder, size: number) {
  const { compare, jump } = ORDERS[order]
  const sorted = [...entries].sort(compare)
  // An empty catalog still has a first page, which says so.
  const pages = Math.max(1, Math.ceil(sorted.length / size))
  const jumps = jumpsOf(sorted, jump, size)
  return Array.from({ length: pages }, (_, index): CatalogPage => ({
    schemaVersion: 1,
    order,
    page: index + 1,
    pages,
    total: sorted.length,
    jumps,
    films: sorted.slice(index * size, (index + 1) * size),
  }))
}

/** Where the page is written, and where the app fetches it under `data/`. */
export const catalogPagePath = ({ order, page }: Pick<CatalogPage, 'order' | 'page'>) =>
  join('catalog', order, `${page}.json`)

/** Every page by title, then every page by year; `size` films a page (the tests' fixtures use 2). */
export function paginate(films: readonly Film[], size = PAGE_SIZE): CatalogPage[] {
  const entries = films.map(catalogEntry)
  return [...pagesOf(entries, 'title', size), ...pagesOf(entries, 'year', size)]
}

import type {
  CatalogEntry,
  CatalogFacet,
  CatalogJump,
  CatalogPage,
} from '../../contract/catalog-schema.ts'
import { catalogFile, inDataDir } from '../../contract/data-files.ts'
import { filterSlug } from '../../contract/catalog-path.ts'
import { groupBy } from './group-by.ts'
import { CATALOG_ORDERS, type CatalogOrder } from '../../contract/catalog-view.ts'
import type { Film } from '../../contract/film-schema.ts'
import { fold } from '../../contract/text-match.ts'
import { titleSortKey } from '../../contract/title-sort.ts'
import { withAbout } from './catalog-about.ts'

/**
 * The catalog as pages of 100 films, by title and by year, so the
 * app never loads every film at once (36,269 films are 5.4 MB; a page is
 * about 10 kB). Each page carries the counts and the jumps (where each
 * initial or decade starts), so any page can link to all the others.
 */

export const PAGE_SIZE = 100

export function catalogEntry(film: Film): CatalogEntry {
  return {
    id: film.id,
    title: film.title,
    ...(film.distinction ? { distinction: film.distinction } : {}),
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

/**
 * Title order: by the title as filed (contract/title-sort.ts), then the title
 * itself, year and id, so it never depends on the order films came in.
 */
export function compareCatalogEntries(a: CatalogEntry, b: CatalogEntry): number {
  return (
    collator.compare(titleSortKey(a.title), titleSortKey(b.title)) ||
    collator.compare(a.title, b.title) ||
    a.year - b.year ||
    a.id.localeCompare(b.id)
  )
}

/** Newest first, the way people browse by year; then as by title. */
const compareByYear = (a: CatalogEntry, b: CatalogEntry) =>
  b.year - a.year || compareCatalogEntries(a, b)

/** Oldest first: from the first films on; then as by title. */
const compareByYearOldest = (a: CatalogEntry, b: CatalogEntry) =>
  a.year - b.year || compareCatalogEntries(a, b)

/** "Émile" files under E, "Æon Flux" under A, "'Til" under T, "2001" and "-30-" under #. */
export function titleInitial(title: string): string {
  // The first character of the title as filed, whole (a code point), folded on its own.
  const [first = ''] = titleSortKey(title)
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
  oldest: { compare: compareByYearOldest, jump: (film) => decade(film.year) },
}

/** Each label once, with the page of the first film that has it, in the order films come. */
function jumpsOf(
  sorted: readonly CatalogEntry[],
  label: (film: CatalogEntry) => string,
  size: number,
) {
  const jumps = new Map<string, CatalogJump>()
  sorted.forEach((film, index) => {
    const key = label(film)
    if (!jumps.has(key))
      jumps.set(key, { label: key, page: Math.floor(index / size) + 1, film: film.id })
  })
  return [...jumps.values()]
}

interface FilmSet {
  readonly filter: CatalogPage['filter']
  readonly films: readonly CatalogEntry[]
}

function pagesOf(
  { filter, films }: FilmSet,
  facets: CatalogPage['facets'],
  order: CatalogOrder,
  { size, people }: { readonly size: number; readonly people: number },
) {
  const { compare, jump } = ORDERS[order]
  const sorted = [...films].sort(compare)
  // An empty catalog still has a first page, which says so.
  const pages = Math.max(1, Math.ceil(sorted.length / size))
  const jumps = jumpsOf(sorted, jump, size)
  return Array.from({ length: pages }, (_, index): CatalogPage => ({
    schemaVersion: 1,
    filter,
    facets,
    order,
    page: index + 1,
    pages,
    total: sorted.length,
    people,
    jumps,
    films: sorted.slice(index * size, (index + 1) * size),
  }))
}

/** Where the page is written in the data folder: where the app fetches it (contract/data-files.ts). */
export const catalogPagePath = ({
  filter,
  order,
  page,
}: Pick<CatalogPage, 'filter' | 'order' | 'page'>) =>
  inDataDir(catalogFile({ filter: filter.slug, order, page }))

const byLabel = (a: CatalogFacet, b: CatalogFacet) => (a.label < b.label ? -1 : 1)

/** Counts by label, as facets in label order (decades sort as numbers do). */
function facetsOf(
  films: readonly CatalogEntry[],
  labels: (film: CatalogEntry) => readonly string[],
) {
  const counts = new Map<string, number>()
  for (const film of films)
    for (const label of labels(film)) counts.set(label, (counts.get(label) ?? 0) + 1)
  return [...counts].map(([label, films]): CatalogFacet => ({ label, films })).sort(byLabel)
}

const decadeOf = (film: CatalogEntry) => [decade(film.year)]
const genresOf = (film: CatalogEntry) => film.genres

/**
 * The sets of films browsing can show: the whole catalog, each decade, each
 * genre, and each decade and genre that share a film. Each set's facets
 * count what every other choice would show from it.
 */
function filmSets(
  entries: readonly CatalogEntry[],
): Array<FilmSet & { facets: CatalogPage['facets'] }> {
  const inDecade = groupBy(entries, decadeOf)
  const inGenre = (films: readonly CatalogEntry[], genre: string) =>
    films.filter((film) => film.genres.includes(genre))
  const set = (decade: string | null, genre: string | null, films: readonly CatalogEntry[]) => {
    const genreFilms = genre ? inGenre(entries, genre) : entries
    const decadeFilms = decade ? (inDecade.get(decade) ?? []) : entries
    return {
      filter: { slug: filterSlug(decade, genre), decade, genre },
      films,
      facets: { decades: facetsOf(genreFilms, decadeOf), genres: facetsOf(decadeFilms, genresOf) },
    }
  }
  const decades = [...inDecade.keys()].sort()
  const genres = facetsOf(entries, genresOf).map((facet) => facet.label)
  return [
    set(null, null, entries),
    ...decades.map((decade) => set(decade, null, inDecade.get(decade) ?? [])),
    ...genres.map((genre) => set(null, genre, inGenre(entries, genre))),
    ...decades.flatMap((decade) =>
      genres.flatMap((genre) => {
        const films = inGenre(inDecade.get(decade) ?? [], genre)
        return films.length ? [set(decade, genre, films)] : []
      }),
    ),
  ]
}

/**
 * Every page of every set, in each order; `size` films a page (the tests'
 * fixtures use 2). The whole catalog's pages come first. `people` is how
 * many people the catalog has a page for, which each page carries; the front
 * page also carries its sentence (catalog-about.ts).
 */
export function paginate(
  films: readonly Film[],
  size = PAGE_SIZE,
  people = new Set(films.flatMap((film) => film.cast.map((credit) => credit.actor))).size,
): CatalogPage[] {
  const sets = filmSets(films.map(catalogEntry))
  return withAbout(
    sets.flatMap((each) =>
      CATALOG_ORDERS.flatMap((order) => pagesOf(each, each.facets, order, { size, people })),
    ),
  )
}

import type { Catalog, CatalogEntry } from '../data/catalog-schema.ts'
import type { Film } from '../data/film-schema.ts'
import { fold } from '../lib/text-match.ts'

/** How every data file is written: two-space JSON and a final newline, so files diff cleanly. */
export function toJsonFile(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`
}

/** "Amélie" gives "amelie": lower-case ASCII words joined by hyphens, at most `max` characters. */
export function slugWords(text: string, max = 80): string {
  // Punctuation becomes a space before folding (which would drop it), so
  // "Schindler's List" keeps the id it always had: schindler-s-list.
  return fold(text.replace(/[^\p{L}\p{N}\p{M}]/gu, ' '))
    .text.replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, max)
    .replace(/-+$/, '')
}

/** "Amélie", 2001 gives "amelie-2001": the default id of a film. */
export function slugify(title: string, year: number): string {
  const words = slugWords(title)
  return words === '' ? String(year) : `${words}-${year}`
}

export function catalogEntry(film: Film): CatalogEntry {
  return {
    id: film.id,
    title: film.title,
    year: film.year,
    rating: film.rating && { value: film.rating.value, max: film.rating.max },
    directors: film.directors,
  }
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true })

/** The catalog's order: title, then year, then id, so it never depends on the order films came in. */
export function compareCatalogEntries(a: CatalogEntry, b: CatalogEntry): number {
  return collator.compare(a.title, b.title) || a.year - b.year || a.id.localeCompare(b.id)
}

/** The catalog with `entry` added or replaced, ordered by title then year so the file never depends on ingest order. */
export function upsertCatalog(catalog: Catalog | null, entry: CatalogEntry): Catalog {
  const films = (catalog?.films ?? []).filter((film) => film.id !== entry.id)
  films.push(entry)
  films.sort(compareCatalogEntries)
  return { schemaVersion: 1, films }
}

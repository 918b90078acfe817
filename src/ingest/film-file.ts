import { fold } from '../lib/text-match.ts'

/** How a data file is written: two-space JSON and a final newline, so files diff cleanly (catalog pages, one film a line: pipeline/write.ts). */
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

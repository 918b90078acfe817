/**
 * The slug rule, the identity of every film and person: their ids are the
 * words of a title or a name (docs/adr/0008-film-ids.md).
 */
import { fold } from './text-match.ts'

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

import { fold } from './text-match.ts'

/**
 * How the search reads text, the same at build time (the index) and in the
 * browser (the query): case, accents and apostrophes fold away ("Saldaña" is
 * "saldana", "Schindler's" is "schindlers"), and a hyphen or a slash parts
 * words ("Spider-Man" is "spider man"). Dots vanish, so "E.T." is "et".
 */

// Separators that part words, where the app's text matching keeps them joined.
const PARTS = /[-‐‑‒–—/_&+]/gu

/** The folded words of a title, a name or a query, in order. */
export function searchWords(text: string): string[] {
  return fold(text.replace(PARTS, ' ')).text.split(/\s+/u).filter(Boolean)
}

/**
 * The terms a record is indexed by: its words, and the joined form of each
 * hyphenated word ("spiderman" as well as "spider" and "man"), since people
 * type it both ways; with `forms`, each word's other forms too
 * (search-forms.ts: "ii" as well as "2" and "two").
 */
export function indexTerms(
  text: string,
  forms: (words: string[]) => string[] = (w) => w,
): string[] {
  const joined = fold(text).text.split(/\s+/u).filter(Boolean)
  return [...new Set([...forms(searchWords(text)), ...joined])]
}

/**
 * Words too common to choose a shard by: a query of them alone ("the") gets
 * the most notable records that have them; with other words they only rank.
 */
export const STOPWORDS: ReadonlySet<string> = new Set(
  'the a an of and to in on at for with by from is it or as la le les el de der die das du des y'.split(
    ' ',
  ),
)

/** A year as people type it after a title ("carmen 1915"). */
export const YEAR_WORD = /^(18[89]\d|19\d\d|20\d\d)$/

/** Letters a shard key is made of: the first two of a term, then one more per split. */
export const SHARD_KEY_MIN = 2

/**
 * Search that forgives case, accents and punctuation: "ÉLLIOTT" finds
 * "Elliott", "zoe" finds "Zoë", "ohara" finds "O'Hara", "okonkwo bell" finds
 * "Okonkwo-Bell". Matching runs on a folded copy of the text (lower-case
 * letters, digits and white space), and `origin` maps every folded character
 * back to the source so highlights land on the original characters, accents
 * and apostrophes included.
 */

// Letters Unicode does not decompose into base + mark, folded by hand.
const EXTRA_FOLDS: Readonly<Record<string, string>> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ł: 'l',
  ı: 'i',
  ħ: 'h',
}

// Marks and punctuation fold to nothing: a word is its letters and digits.
const UNSEARCHED = /[^\p{L}\p{N}\s]/gu
// Most credits are ASCII: a table lookup, no normalising.
const ASCII = Array.from({ length: 128 }, (_, code) =>
  String.fromCharCode(code).toLowerCase().replace(UNSEARCHED, ''),
)

export interface FoldedText {
  /** Lower-cased, accent- and punctuation-free text to match against. */
  readonly text: string
  /** origin[i] is the index in the source string of folded character i. */
  readonly origin: readonly number[]
  readonly source: string
}

function foldChar(ch: string): string {
  const code = ch.charCodeAt(0)
  if (code < 0x80) return ASCII[code] as string
  const lower = ch.toLowerCase()
  return EXTRA_FOLDS[lower] ?? lower.normalize('NFKD').replace(UNSEARCHED, '')
}

export function fold(source: string): FoldedText {
  let text = ''
  const origin: number[] = []
  let index = 0
  for (const ch of source) {
    const folded = foldChar(ch)
    for (let k = 0; k < folded.length; k += 1) origin.push(index)
    text += folded
    index += ch.length
  }
  return { text, origin, source }
}

/**
 * Splits a query into folded words; duplicates are dropped. A query of
 * punctuation alone (".*") stays as typed, so it matches nothing rather than
 * everything.
 */
export function tokenize(query: string): string[] {
  const words = fold(query).text.split(/\s+/u).filter(Boolean)
  return [...new Set(words[0] || !query.trim() ? words : [query])]
}

// Inside a word: after a letter, digit or mark, or at a small letter after an
// apostrophe (the s of Rocky's, but not the H of O'Hara).
const IN_WORD = /[\p{L}\p{N}\p{M}]|['’]\p{Ll}/uy

function continuesWord({ origin, source }: FoldedText, at: number): boolean {
  IN_WORD.lastIndex = (origin[at] as number) - 1
  return IN_WORD.test(source)
}

/**
 * Where `token` next occurs in the folded text, from `from`, or -1. A
 * one-letter word matches only where a word starts: "k" finds King and Kelly,
 * not every k in view.
 */
function find(folded: FoldedText, token: string, from: number): number {
  let at = folded.text.indexOf(token, from)
  while (at > 0 && !token[1] && continuesWord(folded, at)) at = folded.text.indexOf(token, at + 1)
  return at
}

/** True when every token occurs in at least one of the fields, in any order. */
export function matchesAll(fields: readonly FoldedText[], tokens: readonly string[]): boolean {
  return tokens.every((token) => fields.some((field) => find(field, token, 0) >= 0))
}

export type Range = readonly [start: number, end: number]

// A source character with the marks after it: where a highlight ends.
const CHARACTER = /.\p{M}*/suy

/** Source ranges where any token occurs, sorted and merged. */
export function matchRanges(folded: FoldedText, tokens: readonly string[]): Range[] {
  const found: Array<[number, number]> = []
  for (const token of tokens) {
    for (let at = find(folded, token, 0); at >= 0; at = find(folded, token, at + 1)) {
      // To the end of the last matched character: its accents in, and
      // punctuation after it (the full stop of "Jr.") out.
      CHARACTER.lastIndex = folded.origin[at + token.length - 1] as number
      CHARACTER.test(folded.source)
      found.push([folded.origin[at] as number, CHARACTER.lastIndex])
    }
  }
  found.sort((a, b) => a[0] - b[0])
  const merged: Array<[number, number]> = []
  for (const range of found) {
    const last = merged.at(-1)
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1])
    else merged.push([range[0], range[1]])
  }
  return merged
}

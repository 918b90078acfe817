/**
 * Search that forgives case, accents and typography: "ÉLLIOTT" finds "Elliott",
 * "zoe" finds "Zoë", "rocky's" finds "Rocky’s". Matching runs on a folded copy
 * of the text, and `origin` maps every folded character back to the source so
 * highlights land on the original characters, accents included.
 */

// Letters Unicode does not decompose into base + mark, and typographic
// variants people never type, folded by hand.
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
  '\u2018': "'",
  '\u2019': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u2010': '-',
  '\u2011': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u00a0': ' ',
}

const COMBINING_MARKS = /\p{M}/gu

export interface FoldedText {
  /** Lower-cased, accent-free text to match against. */
  readonly text: string
  /** origin[i] is the index in the source string of folded character i. */
  readonly origin: readonly number[]
  readonly sourceLength: number
}

function foldChar(ch: string): string {
  const code = ch.charCodeAt(0)
  // Fast path: plain ASCII needs no normalisation (most credits are ASCII).
  if (code < 0x80) return code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : ch
  const lower = ch.toLowerCase()
  return EXTRA_FOLDS[lower] ?? lower.normalize('NFKD').replace(COMBINING_MARKS, '')
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
  return { text, origin, sourceLength: source.length }
}

/** Splits a query into folded words; duplicates are dropped. */
export function tokenize(query: string): string[] {
  const words = fold(query)
    .text.split(/\s+/u)
    .filter((word) => word.length > 0)
  return [...new Set(words)]
}

/** True when every token occurs in at least one of the fields, in any order. */
export function matchesAll(fields: readonly FoldedText[], tokens: readonly string[]): boolean {
  return tokens.every((token) => fields.some((field) => field.text.includes(token)))
}

export type Range = readonly [start: number, end: number]

/** Source ranges where any token occurs, sorted and merged. */
export function matchRanges(folded: FoldedText, tokens: readonly string[]): Range[] {
  const found: Array<[number, number]> = []
  for (const token of tokens) {
    let at = folded.text.indexOf(token)
    while (at !== -1) {
      const endFolded = at + token.length
      const start = folded.origin[at] ?? 0
      // The end reaches to where the next folded character starts, so marks
      // that fold to nothing (a combining accent) stay inside the highlight.
      const end = folded.origin[endFolded] ?? folded.sourceLength
      found.push([start, end])
      at = folded.text.indexOf(token, at + 1)
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

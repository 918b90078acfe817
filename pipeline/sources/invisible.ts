/**
 * Characters that change how text around them is shown, or show as nothing:
 * removed from titles and names before they reach a file. A right-to-left
 * override (U+202E) in a title reached the page's <title>, its h1 and its
 * JSON-LD, where it reverses the text that follows ("Trojan Source").
 *
 * Removed: the bidirectional embeddings, overrides and isolates (U+202A–202E,
 * U+2066–2069), the directional marks (U+200E/F, U+061C), the zero-width
 * space (U+200B), the word joiner and invisible operators (U+2060–2064), the
 * deprecated format characters (U+206A–206F), the byte-order mark (U+FEFF),
 * the soft hyphen (U+00AD), the Mongolian vowel separator (U+180E), the
 * Hangul fillers that make blank names (U+3164, U+FFA0) and the interlinear
 * annotation marks (U+FFF9–FFFB).
 *
 * Kept: the zero-width joiner and non-joiner (U+200D, U+200C). Persian, the
 * Indic scripts and emoji need them to spell words right, and alone they
 * reorder nothing.
 */
const INVISIBLE =
  /[\u00AD\u061C\u180E\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\u3164\uFEFF\uFFA0\uFFF9-\uFFFB]/g

const codeOf = (char: string) =>
  `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`

export interface Stripped {
  readonly text: string
  /** The code points removed, once each: ["U+202E"]. */
  readonly removed: string[]
  /** The text as it came, each removed character written out ("<U+202E>"), safe to show in a report. */
  readonly shown: string
}

/** `text` without invisible formatting characters. */
export function stripInvisible(text: string): Stripped {
  const removed = text.match(INVISIBLE)
  if (!removed) return { text, removed: [], shown: text }
  return {
    text: text.replace(INVISIBLE, ''),
    removed: [...new Set(removed.map(codeOf))],
    shown: text.replace(INVISIBLE, (char) => `<${codeOf(char)}>`),
  }
}

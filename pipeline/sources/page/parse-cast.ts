import { looksLikeName } from './names.ts'
import type { PageLine } from './page-lines.ts'

export interface ParsedCredit {
  actor: string
  character: string | null
  note: string | null
}

// A character may end in an abbreviation ("Dr. Vance Jr.", "Roy L."), not a sentence.
const ENDS_LIKE_SENTENCE = /(?<!\b(?:Jr|Sr|Dr|Mr|Mrs|Ms|St|Mt|[A-Z]))[.!?]$/

function splitNotes(text: string) {
  let character = text
  const notes: string[] = []
  let match: RegExpExecArray | null
  // Trailing parentheses are credit notes, "(as Kelly Minter) (uncredited)"
  // included; a character's own parentheses earlier in the name stay.
  while ((match = /\s*\(([^()]+)\)$/.exec(character)) && match[1]?.trim()) {
    notes.unshift(match[1].trim())
    character = character.slice(0, match.index).trim()
  }
  return {
    character: character === '' ? null : character,
    note: notes.length > 0 ? notes.join(', ') : null,
  }
}

/**
 * "Kelly Jo Minter - Lorrie (as Kelly Minter)", or null when the line is not
 * a cast line. `strict` is for a line standing alone, where a sentence with a
 * dash ("Rusty Dennis - the mother of Rocky - is…") must not pass for a
 * credit; in a run of cast lines the actor only has to be short and free of
 * sentence punctuation, and a bare name is a credit with no character.
 */
export function parseCastLine(line: PageLine, strict: boolean): ParsedCredit | null {
  const text = line.text
  if (text.length > 300) return null
  const split = text.indexOf(' - ')
  const actor = (split === -1 ? text : text.slice(0, split)).trim()
  const rest = split === -1 ? '' : text.slice(split + 3).trim()
  if (actor === '' || !looksLikeName(actor, 6, !strict)) return null
  if (split === -1) return strict ? null : { actor, character: null, note: null }
  const { character, note } = splitNotes(rest)
  if (strict && (text.length > 150 || (character !== null && ENDS_LIKE_SENTENCE.test(character)))) {
    return null
  }
  return { actor, character, note }
}

import { looksLikeName } from './names.ts'
import { joinText, type PageBlock } from './page-lines.ts'

/** The goof categories the source uses; a paragraph starting "<category>:" is a goof. */
export const GOOF_CATEGORIES = [
  'Anachronisms',
  'Continuity',
  'Factual errors',
  'Revealing mistakes',
  'Errors in geography',
  'Plot holes',
  'Audio/visual unsynchronised',
  'Character error',
  'Crew or equipment visible',
  'Miscellaneous',
] as const

export type ParsedDidYouKnow =
  | { kind: 'trivia'; text: string }
  | { kind: 'goof'; category: string; text: string }
  | {
      kind: 'quote'
      lines: { speaker: string; qualifier: string | null; text: string }[]
    }

function speakerLine(text: string) {
  const match = /^([^:[\]]+):\s+(.+)$/.exec(text)
  const speaker = match?.[1]?.trim() ?? ''
  if (!match || !looksLikeName(speaker, 5) || /[.,]$/.test(speaker)) return null
  let rest = (match[2] ?? '').trim()
  let qualifier: string | null = null
  const bracket = /^\[([^\]]+)\]\s*/.exec(rest)
  if (bracket?.[1]?.trim()) {
    qualifier = bracket[1].trim()
    rest = rest.slice(bracket[0].length)
  }
  // A line that is only a stage direction ("Rocky: [laughs]") keeps it as its text.
  if (rest === '') {
    if (qualifier === null) return null
    rest = `[${qualifier}]`
    qualifier = null
  }
  return { speaker, qualifier, text: rest }
}

/** One "Did You Know?" paragraph: a goof by its category, a quote by its speakers, else trivia. */
export function parseDidYouKnow(block: PageBlock): ParsedDidYouKnow {
  const text = joinText(block)
  const category = GOOF_CATEGORIES.find((name) =>
    text.toLowerCase().startsWith(`${name.toLowerCase()}:`),
  )
  if (category) {
    const rest = text.slice(category.length + 1).trim()
    if (rest !== '') return { kind: 'goof', category, text: rest }
  }
  // Quotes may open with a stage direction on its own line ("[first lines]").
  const opening = /^\[([^\]]+)\]$/.exec(block[0]?.text ?? '')?.[1]?.trim()
  const body = opening && block.length > 1 ? block.slice(1) : block
  const first = body[0] ? speakerLine(body[0].text) : null
  if (first) {
    if (opening && body !== block) {
      first.qualifier = first.qualifier ? `${opening}; ${first.qualifier}` : opening
    }
    const lines = [first]
    for (const line of body.slice(1)) {
      const next = speakerLine(line.text)
      const last = lines[lines.length - 1]
      if (next) lines.push(next)
      else if (last) last.text = `${last.text} ${line.text}` // a line wrapped in the source
    }
    return { kind: 'quote', lines }
  }
  return { kind: 'trivia', text }
}

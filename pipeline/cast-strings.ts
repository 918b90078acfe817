/**
 * Step 2: the list's cast strings to cast members. The cast column was split
 * into strings by a scraper, so beside names it holds credit notes split off
 * as strings of their own ("(voice)"), suffixes split off a name ("Sr."),
 * markup and list residue ("]", "(", "and"), headings ("voices of"), crew
 * ("Bobby Smith Jr. (teleplay)") and, for some documentaries, a description of
 * the subject ("deaths of", "Biggie Smalls"). A simple rule keeps
 * everything that is not a cast member out of the cast and reports it with a
 * reason; telling people apart is issue 16's (people pages).
 */

export interface ListCredit {
  readonly actor: string
  /** A credit note from the same string: "narrator" from "Alois Havrilla (narrator)". */
  readonly note: string | null
}

export type CastReason =
  | 'list-residue'
  | 'list-heading'
  | 'credit-note'
  | 'award-note'
  | 'crew-credit'
  | 'not-a-name'
  | 'description'
  | 'duplicate-name'
  | 'suffix-reattached'
  | 'disambiguator-removed'
  | 'note-attached'
  | 'residue-trimmed'
  | 'names-split'

export interface CastNotice {
  readonly text: string
  readonly reason: CastReason
  /** True when the string still reached the cast (repaired), false when it was kept out. */
  readonly placed: boolean
}

export interface NormalisedCast {
  readonly credits: ListCredit[]
  readonly notices: CastNotice[]
}

const HEADING =
  /^(?:voices? of|narrated by|narrator|cast|with|starring|featuring|archive footage of|dir\.?)\s*:?$/i
const SUFFIX = /^(?:Jr|Sr)\.?$|^(?:II|III|IV)$/
const FOOTNOTE = /^\[[^\]]*\]$/
// Words of a crew credit. Misspellings seen in the lists are spelled out.
const CREW =
  /\b(?:tele ?play|screen ?play|screenpaly|acreenplay|(?:screen)?writers?|written|story|novel|book|director|directed|produced|producer)\b|^dir\.?:/i
const AWARD = /\b(?:academy award|best (?:supporting )?(?:actor|actress)|nominee|oscar)\b/i
// "Harry Carter (actor)", "John Wood (English actor)": Wikipedia's way of telling
// two articles apart, not part of the name.
const DISAMBIGUATOR =
  /^(?:\p{Lu}\p{Ll}+ )?(?:actor|actress|dancer|singer|musician|comedian|wrestler|rapper|entertainer|performer|cast)$|^born \d{4}$/iu
// Fragments of a sentence describing a documentary's subject: they dangle.
const DESCRIPTION = /^the(?: \d{4})?$|^\p{Ll}.*\s(?:of|between|in|from|at|on|against|a)$|-$/u
const PARTICLE =
  /^(?:da|de|del|della|der|di|du|la|le|van|von|dos|das|do|bin|ibn|al|el|y|e|the|and|of)$/
const EDGE_RESIDUE = /^(?:[.,;:&]\s*|and\s+(?=\p{Lu}))|[[\],;]+$/gu

type Verdict =
  { reason: CastReason; placed: false } | ({ placed: true } & ListCredit & { reason?: CastReason })

const out = (reason: CastReason): Verdict => ({ reason, placed: false })

function noteReason(text: string): CastReason {
  if (CREW.test(text)) return 'crew-credit'
  if (AWARD.test(text)) return 'award-note'
  return 'credit-note'
}

/** True for text no one would read as a name: prose without capitals, or ending on a lower-case word. */
function notAName(text: string): boolean {
  if (!/\p{Lu}/u.test(text) && !text.includes('.')) return true
  const last = text.split(' ').at(-1) ?? ''
  return text.includes(' ') && /^\p{Ll}{4,}$/u.test(last) && !PARTICLE.test(last)
}

function classify(raw: string): Verdict {
  let text = raw
  if (!/[\p{L}\p{N}]/u.test(text) || FOOTNOTE.test(text)) return out('list-residue')
  if (/^(?:and|or|of|&)$/i.test(text)) return out('list-residue')
  if (HEADING.test(text)) return out('list-heading')
  if (/^\(.*\)$/.test(text) || /^[^(]*\)$/.test(text)) return out(noteReason(text))
  if (CREW.test(text.split(' ')[0] ?? '')) return out('crew-credit')
  let repaired: CastReason | undefined
  const trimmed = text.replace(EDGE_RESIDUE, '').trim()
  if (trimmed !== text) [text, repaired] = [trimmed, 'residue-trimmed']
  let note: string | null = null
  const trailing = /^(.*\S)\s*\(([^()]*)\)$/.exec(text)
  if (trailing) {
    const [, name = '', inner = ''] = trailing
    if (CREW.test(inner)) return out('crew-credit')
    if (DISAMBIGUATOR.test(inner)) [text, repaired] = [name, 'disambiguator-removed']
    else [text, note, repaired] = [name, inner, 'note-attached']
  }
  if (notAName(text)) return out('not-a-name')
  return { placed: true, actor: text, note, ...(repaired ? { reason: repaired } : {}) }
}

/** "Margaret Leslie and Howard E. Nicholas": two full names in one string. */
function splitPair(text: string): string[] {
  const halves = text.split(' and ')
  const full = (half: string) => /^\p{Lu}/u.test(half) && half.includes(' ')
  return halves.length === 2 && halves.every(full) ? halves : [text]
}

/** Strings from "(" to the next string ending in ")", as the scraper split "(Best Actor nominee)". */
function groups(strings: readonly string[]): string[][] {
  const result: string[][] = []
  let open: string[] | null = null
  for (const raw of strings) {
    const text = raw.replace(/\s+/g, ' ').trim()
    if (open) {
      open.push(text)
      if (text.endsWith(')')) open = null
    } else if (text.endsWith('(') || (text.startsWith('(') && !text.includes(')'))) {
      result.push((open = [text]))
    } else result.push([text])
  }
  return result
}

const dangles = (text: string) => !HEADING.test(text) && DESCRIPTION.test(text)

/**
 * `documentary`: the film is one. A documentary whose cast column dangles
 * ("the life of", "Kurt Gerron") describes its subject there, so none of it is
 * cast; elsewhere a dangling fragment takes only the string after it along
 * ("various child contestants on", "Britain's Got Talent").
 */
export function normaliseCast(strings: readonly string[], documentary = false): NormalisedCast {
  const credits: ListCredit[] = []
  const notices: CastNotice[] = []
  const seen = new Set<string>()
  const describes = documentary && strings.some((text) => dangles(text.trim()))
  let objectOfFragment = false
  for (const group of groups(strings)) {
    const [first = ''] = group
    if (describes || objectOfFragment || dangles(first)) {
      objectOfFragment = !describes && dangles(first)
      for (const text of group) notices.push({ text, reason: 'description', placed: false })
      continue
    }
    if (group.length > 1) {
      const reason = noteReason(group.join(' '))
      for (const text of group) notices.push({ text, reason, placed: false })
      continue
    }
    const previous = credits.at(-1)
    if (SUFFIX.test(first) && previous && !SUFFIX.test(previous.actor.split(' ').at(-1) ?? '')) {
      seen.delete(previous.actor)
      credits[credits.length - 1] = { ...previous, actor: `${previous.actor} ${first}` }
      seen.add(`${previous.actor} ${first}`)
      notices.push({ text: first, reason: 'suffix-reattached', placed: true })
      continue
    }
    const names = splitPair(first)
    if (names.length > 1) notices.push({ text: first, reason: 'names-split', placed: true })
    for (const name of names) {
      const verdict = SUFFIX.test(name) ? out('list-residue') : classify(name)
      if (!verdict.placed) {
        notices.push({ text: name, reason: verdict.reason, placed: false })
      } else if (seen.has(verdict.actor)) {
        notices.push({ text: name, reason: 'duplicate-name', placed: false })
      } else {
        seen.add(verdict.actor)
        credits.push({ actor: verdict.actor, note: verdict.note })
        if (verdict.reason) notices.push({ text: name, reason: verdict.reason, placed: true })
      }
    }
  }
  return { credits, notices }
}

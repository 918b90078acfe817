import { personKey } from './person-rules.ts'

/**
 * The list's cast strings to cast members. The cast column was split
 * into strings by a scraper, so beside names it holds credit notes split off
 * as strings of their own ("(voice)"), suffixes split off a name ("Sr."),
 * markup and list residue ("]", "(", "and"), captions ("voices of"), crew
 * ("Bobby Smith Jr. (teleplay)", "Dir.:") and, for some documentaries, a
 * description of the subject ("deaths of", "Biggie Smalls"). Everything that
 * is not a cast member stays out of the cast and is reported with a reason;
 * notes and captions become notes on the credits they belong to. Which
 * credits are one person is the next step's (people.ts).
 */

export interface ListCredit {
  readonly actor: string
  /** A credit note: "narrator" from "Alois Havrilla (narrator)", "voice" from a "(voices)" after it. */
  readonly note: string | null
  /**
   * Wikipedia's disambiguator, "actor" from "Harry Carter (actor)": it tells
   * two people of one name apart, so it is kept, but it is not part of the name.
   */
  readonly disambiguator: string | null
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
  | 'disambiguator-kept'
  | 'note-attached'
  | 'note-reattached'
  | 'residue-trimmed'
  | 'names-split'
  | 'event'
  | 'film-title'
  | 'lead-in-recovered'

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

// Captions that say what the names after them did: "Voices of", "(voices of)",
// "Narrated by", "Archive footage of". "(voice of)" is singular: the next name only.
const NOTE_HEADING = /^\(?(voices? of|narrated by|(?:archive )?footage of)\)?\s*:?$/i
const NEUTRAL_HEADING = /^(?:cast|with|starring|featuring)\s*:?$/i
// Captions before crew, not cast: "Dir.:", "Music by".
const CREW_HEADING = /^(?:dir\.?|directed by|music by|written by|produced by|screenplay by)\s*:?$/i
const SUFFIX = /^(?:Jr|Sr)\.?$|^(?:II|III|IV)$/
const FOOTNOTE = /^\[[^\]]*\]$/
// "(US)", "(UK)": which release a voice is in, residue of a table the issue
// lists as such; not a note anyone reads on a credit.
const REGION = /^\((?:US|UK|USA|U\.S\.|U\.K\.)\)$/
// Words of a crew credit. Misspellings seen in the lists are spelled out.
const CREW =
  /\b(?:tele ?play|screen ?play|screenpaly|acreenplay|(?:screen)?writers?|written|story|novel|book|director|directed|produced|producer)\b|^dir\.?:/i
const AWARD = /\b(?:academy award|best (?:supporting )?(?:actor|actress)|nominee|oscar)\b/i
// "Harry Carter (actor)", "John Wood (English actor)": Wikipedia's way of telling
// two articles apart, not part of the name.
const DISAMBIGUATOR =
  /^(?:\p{Lu}\p{Ll}+ )?(?:actor|actress|dancer|singer|musician|comedian|wrestler|rapper|entertainer|performer)$|^born \d{4}$/iu
// "Jim Wood (cast)": says only that he is in the cast.
const EMPTY_NOTE = /^cast$/i
// Fragments of a sentence describing a documentary's subject: they dangle.
// "The life of" as well as "the life of": a capital on the first word only.
const DESCRIPTION =
  /^the(?: \d{4})?$|^of$|^(?:\p{Ll}.*|\p{Lu}[\p{Ll} '-]*)\s(?:of|between|in|from|at|on|against|a)$|-$/u
// A fragment that ends in "of" names whose life, career or death the film is
// about ("the life of", "careers of", "the", "stand-up comedy", "of"): the
// names after it are the film's subjects, who appear in it.
const LEAD_IN = /(?:^|\s)of$/i
// A subject's name: two to four words, each with a capital ("Jerry Seinfeld");
// "Skateboarding", "GNU" and "Big Brothers Big Sisters of America" are not.
const SUBJECT =
  /^\p{Lu}[\p{L}.'-]*(?: (?:(?:the|de|da|di|du|la|le|van|von) )?\p{Lu}[\p{L}.'-]*){1,3}$/u
// "The life of Jonathan Caouette": a lead-in and a subject in one string.
const LEAD_IN_NAME = /^(\p{L}[\p{Ll} '-]* of) (\p{Lu}.*)$/u
// "Unknown": the list has no cast for the film.
const NO_CAST = /^(?:unknown|uncredited|various|none|n\/a|tba)$/i
// "1972 Summer Olympics", "The Trans Continental Pop Festival": an event, not anyone in it.
const EVENT = /^\d{4} |\b(?:Olympics|Festival|Championships?|Awards|Games)$/
// "Mc chris", "DJ shadow": a stage name's title before a lower-case word.
const STAGE_TITLE = /^(?:Mc|MC|DJ|Lil)\s/
const PARTICLE =
  /^(?:da|de|del|della|der|di|du|la|le|van|von|dos|das|do|bin|ibn|al|el|y|e|the|and|of)$/
const EDGE_RESIDUE = /^(?:[.,;:&]\s*|and\s+(?=\p{Lu}))|[[\],;]+$/gu

/** A note as one credit reads it: "(voices)" says "voice" of each name it covers. */
function noteText(inner: string): string {
  const text = inner.trim()
  if (/^(?:as )?voices?(?: of)?$/i.test(text)) return 'voice'
  if (/^narrat(?:ed by|ors?)$/i.test(text)) return 'narrator'
  if (/^(?:archive )?footage(?: of)?$/i.test(text)) return 'archive footage'
  return text
}

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
  if (STAGE_TITLE.test(text)) return false
  if (!/\p{Lu}/u.test(text) && !text.includes('.')) return true
  const last = text.split(' ').at(-1) ?? ''
  return text.includes(' ') && /^\p{Ll}{4,}$/u.test(last) && !PARTICLE.test(last)
}

function classify(raw: string): Verdict {
  let text = raw
  if (!/[\p{L}\p{N}]/u.test(text) || FOOTNOTE.test(text)) return out('list-residue')
  // Joining words and a lone article ("The", "East Side Kids") never name anyone.
  if (/^(?:and|or|of|&|the|a)$/i.test(text) || NO_CAST.test(text)) return out('list-residue')
  if (EVENT.test(text)) return out('event')
  if (/^\(.*\)$/.test(text) || /^[^(]*\)$/.test(text)) return out(noteReason(text))
  if (CREW.test(text.split(' ')[0] ?? '')) return out('crew-credit')
  let repaired: CastReason | undefined
  const trimmed = text.replace(EDGE_RESIDUE, '').trim()
  if (trimmed !== text) [text, repaired] = [trimmed, 'residue-trimmed']
  let note: string | null = null
  let disambiguator: string | null = null
  const trailing = /^(.*\S)\s*\(([^()]*)\)$/.exec(text)
  if (trailing) {
    const [, name = '', inner = ''] = trailing
    if (CREW.test(inner)) return out('crew-credit')
    if (DISAMBIGUATOR.test(inner))
      [text, disambiguator, repaired] = [name, inner, 'disambiguator-kept']
    else if (EMPTY_NOTE.test(inner)) [text, repaired] = [name, 'residue-trimmed']
    else [text, note, repaired] = [name, noteText(inner), 'note-attached']
  }
  if (notAName(text)) return out('not-a-name')
  return {
    placed: true,
    actor: text,
    note,
    disambiguator,
    ...(repaired ? { reason: repaired } : {}),
  }
}

/**
 * "Margaret Leslie and Howard E. Nicholas": two full names in one string.
 * "Cole and Dylan Sprouse", "Ben & Gavin Kuiack": twins who share a part
 * write the surname once; each is a person. "Laurel and Hardy" is one act.
 */
function splitPair(text: string): string[] {
  const halves = text.split(/ (?:and|&) /)
  const full = (half: string) => /^\p{Lu}/u.test(half) && half.includes(' ')
  if (halves.length !== 2) return [text]
  const [first = '', second = ''] = halves
  if (/^\p{Lu}\p{Ll}+$/u.test(first) && /^\p{Lu}\p{Ll}+ \p{Lu}/u.test(second))
    return [`${first} ${second.slice(second.indexOf(' ') + 1)}`, second]
  return text.includes(' and ') && halves.every(full) ? halves : [text]
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

const dangles = (text: string) =>
  !NOTE_HEADING.test(text) &&
  !NEUTRAL_HEADING.test(text) &&
  !CREW_HEADING.test(text) &&
  DESCRIPTION.test(text)

interface Slot {
  actor: string
  note: string | null
  readonly disambiguator: string | null
  readonly text: string
  removed: boolean
  /** The notice that reports its repair, if any. */
  repair?: { reason: CastReason; placed: boolean; text: string }
}

/**
 * The walk over one cast column. Notes and crew marks reach back over a
 * run: the names since the column began or since the last note or caption,
 * because the lists give a note once after the names it covers ("Tim Allen",
 * "Tom Hanks", "(voices)") and put the writers first ("Allen Covert", "Nick
 * Swardson", "(writers)", "Rob Schneider"…). A singular note ("(voice)",
 * "(as herself)") covers only the name just before it.
 */
class Column {
  readonly slots: Slot[] = []
  readonly notices: Array<{ reason: CastReason; placed: boolean; text: string }> = []
  private readonly seen = new Set<string>()
  private runStart = 0
  /** A caption's note for the names after it; `single` when it covers one name. */
  private forward: {
    note: string
    single: boolean
    notice: { reason: CastReason; placed: boolean; text: string }
    given: number
    /** The reason to report when no name took the note. */
    unused: CastReason
  } | null = null
  private crew = false
  /** The credit a singular note after it would land on. */
  private last: Slot | null = null

  private key = (slot: Pick<Slot, 'actor' | 'disambiguator'>) =>
    personKey(slot.actor, slot.disambiguator)

  private notice(text: string, reason: CastReason, placed: boolean) {
    const notice = { text, reason, placed }
    this.notices.push(notice)
    return notice
  }

  private boundary() {
    this.runStart = this.slots.length
    this.last = null
  }

  private endForward() {
    const pending = this.forward
    this.forward = null
    if (!pending || pending.given > 0) return
    // "Rosko", "(narrated by)": a caption with no name after it names the one before.
    const previous = this.slots.filter((slot) => !slot.removed).at(-1)
    if (previous && pending.unused === 'list-heading' && /^\(/.test(pending.notice.text)) {
      addNote(previous, pending.note)
      return
    }
    Object.assign(pending.notice, { reason: pending.unused, placed: false })
  }

  private run(): Slot[] {
    return this.slots.slice(this.runStart).filter((slot) => !slot.removed)
  }

  /** The names of the current run were crew: take them out of the cast. */
  private crewRun() {
    for (const slot of this.run()) {
      slot.removed = true
      this.seen.delete(this.key(slot))
      if (slot.repair) Object.assign(slot.repair, { reason: 'crew-credit', placed: false })
      else this.notice(slot.text, 'crew-credit', false)
    }
  }

  heading(text: string): boolean {
    const note = NOTE_HEADING.exec(text)
    if (note) {
      this.endForward()
      this.boundary()
      this.crew = false
      const words = (note[1] ?? '').toLowerCase()
      this.forward = {
        note: noteText(words),
        single: words === 'voice of',
        notice: this.notice(text, 'note-reattached', true),
        given: 0,
        unused: 'list-heading',
      }
      return true
    }
    if (NEUTRAL_HEADING.test(text) || CREW_HEADING.test(text)) {
      this.endForward()
      this.boundary()
      this.crew = CREW_HEADING.test(text)
      this.notice(text, this.crew ? 'crew-credit' : 'list-heading', false)
      return true
    }
    return false
  }

  /** A note in a string of its own: "(voices)", "(as herself)", "(writers)". */
  note(text: string, reason: CastReason) {
    if (reason === 'crew-credit') {
      this.crewRun()
      this.notice(text, reason, false)
      return this.boundary()
    }
    if (reason !== 'credit-note' || REGION.test(text)) {
      this.notice(text, REGION.test(text) ? 'list-residue' : reason, false)
      return this.boundary()
    }
    const inner = text.replace(/^\(|\)$/g, '')
    const note = noteText(inner)
    const plural = /^(?:as )?voices$/i.test(inner.trim())
    const covered = plural ? this.run() : this.last ? [this.last] : []
    if (covered.length > 0) {
      for (const slot of covered) addNote(slot, note)
      this.notice(text, 'note-reattached', true)
    } else if (plural) {
      // "(voices)" first in the column: a caption for the names after it.
      this.endForward()
      this.forward = {
        note,
        single: false,
        notice: this.notice(text, 'note-reattached', true),
        given: 0,
        unused: reason,
      }
    } else this.notice(text, reason, false)
    this.boundary()
  }

  /** "(", "Best Actor", "nominee)": a note in pieces, reported piece by piece. */
  pieces(group: readonly string[], reason: CastReason) {
    if (reason === 'crew-credit') this.crewRun()
    for (const text of group) this.notice(text, reason, false)
    this.boundary()
  }

  name(text: string) {
    const verdict = SUFFIX.test(text) ? out('list-residue') : classify(text)
    if (!verdict.placed) {
      // "Melanie Wistar (Screenplay)": she and the names before her wrote it.
      if (verdict.reason === 'crew-credit' && /\(/.test(text)) this.crewRun()
      this.notice(text, verdict.reason, false)
      if (verdict.reason === 'crew-credit') this.boundary()
      else if (verdict.reason !== 'list-residue') this.last = null
      return
    }
    if (this.crew) {
      this.notice(text, 'crew-credit', false)
      return
    }
    const key = this.key(verdict)
    if (this.seen.has(key)) {
      this.notice(text, 'duplicate-name', false)
      return
    }
    this.seen.add(key)
    const slot: Slot = {
      actor: verdict.actor,
      note: null,
      disambiguator: verdict.disambiguator,
      text,
      removed: false,
    }
    if (this.forward) {
      addNote(slot, this.forward.note)
      this.forward.given += 1
    }
    if (verdict.note) addNote(slot, verdict.note)
    if (verdict.reason) slot.repair = this.notice(text, verdict.reason, true)
    this.slots.push(slot)
    this.last = slot
    if (this.forward?.single) this.endForward()
  }

  /** A documentary's subject after a lead-in ("careers of", "Wes Bentley"): a cast member. */
  subject(name: string, text: string) {
    const before = this.slots.length
    this.name(name)
    if (this.slots.length > before) this.notice(text, 'lead-in-recovered', true)
  }

  /** "Paul Whiteman", "and his Orchestra": the band is a note on its leader's credit. True when it was. */
  band(text: string): boolean {
    if (!/^(?:and|&) (?:his|her|their) /i.test(text)) return false
    if (this.last) addNote(this.last, text)
    this.notice(text, this.last ? 'note-attached' : 'list-residue', this.last !== null)
    return true
  }

  /** "Noah Beery", "Sr.": the suffix rejoins the name before it. True when it did. */
  suffix(text: string): boolean {
    const previous = this.last
    if (!SUFFIX.test(text) || !previous || SUFFIX.test(previous.actor.split(' ').at(-1) ?? ''))
      return false
    this.seen.delete(this.key(previous))
    previous.actor = `${previous.actor} ${text}`
    this.seen.add(this.key(previous))
    this.notice(text, 'suffix-reattached', true)
    return true
  }

  finish(): NormalisedCast {
    this.endForward()
    return {
      credits: this.slots
        .filter((slot) => !slot.removed)
        .map(({ actor, note, disambiguator }) => ({ actor, note, disambiguator })),
      notices: this.notices.map(({ text, reason, placed }) => ({ text, reason, placed })),
    }
  }
}

function addNote(slot: Slot, note: string) {
  slot.note = slot.note ? `${slot.note}, ${note}` : note
}

/**
 * `documentary`: the film is one. A documentary whose cast column dangles
 * ("the life of", "Kurt Gerron") describes its subject there: the fragments
 * are a description, and so is the rest, except the names after a fragment
 * ending in "of", who are the film's subjects ("careers of", "Wes Bentley").
 * Elsewhere a dangling fragment takes only the string after it along
 * ("various child contestants on", "Britain's Got Talent"). `title`: the
 * film's own title, which in a fiction film's cast column is residue ("The
 * Miracle Kid"); a documentary's may be its subject ("The Velvet Underground").
 */
export function normaliseCast(
  strings: readonly string[],
  documentary = false,
  title?: string,
): NormalisedCast {
  const column = new Column()
  const describes = documentary && strings.some((text) => dangles(text.trim()))
  let objectOfFragment = false
  let subjects = false
  for (const group of groups(strings)) {
    const [first = ''] = group
    const split = documentary ? LEAD_IN_NAME.exec(first) : null
    if (split && SUBJECT.test(split[2] ?? '')) {
      column.notices.push({ text: split[1] ?? '', reason: 'description', placed: false })
      column.subject(split[2] ?? '', first)
      continue
    }
    if (describes || objectOfFragment || dangles(first)) {
      if (describes && subjects && (first === 'and' || SUBJECT.test(first)) && group.length === 1) {
        if (first === 'and')
          column.notices.push({ text: first, reason: 'list-residue', placed: false })
        else column.subject(first, first)
        continue
      }
      subjects = describes && dangles(first) && LEAD_IN.test(first)
      objectOfFragment = !describes && dangles(first)
      for (const text of group) column.notices.push({ text, reason: 'description', placed: false })
      continue
    }
    if (group.length > 1) {
      column.pieces(group, noteReason(group.join(' ')))
      continue
    }
    if (!documentary && first === title) {
      column.notices.push({ text: first, reason: 'film-title', placed: false })
      continue
    }
    if (column.heading(first) || column.suffix(first) || column.band(first)) continue
    if (/^\(.*\)$/.test(first)) {
      column.note(first, noteReason(first))
      continue
    }
    const names = splitPair(first)
    if (names.length > 1) column.notices.push({ text: first, reason: 'names-split', placed: true })
    for (const name of names) column.name(name)
  }
  return column.finish()
}

import { displayName, nameSlug } from './person-rules.ts'

/**
 * One person written as two identities: spellings the slug keeps apart that
 * name one person when nothing says they are two. Each rule gives a plain
 * form of an identity; identities of one plain form are joined, in a fixed
 * order of candidates, unless a guard says they are two people. ADR 10
 * records each rule's count and the pairs checked by hand.
 * - spacing: particles and initials spaced two ways ("La Marr"/"LaMarr",
 *   "A. J. Bowen"/"AJ Bowen", "C. C. H."/"CCH Pounder").
 * - sr: "Alan Hale Sr." beside "Alan Hale", when their years meet (a plain
 *   name long after the father's last credit is the son: Tyrone Power).
 * - nickname: a nickname in quotes or brackets beside the name without it
 *   (George "Gabby" Hayes, Dwayne "The Rock" Johnson, Dave (Tex) O'Brien).
 * - disambiguated: the plain name beside its one disambiguated record
 *   ("David Powell" and "David Powell (actor)") when their years meet.
 * - s-for-z: "Zazu Pitts" (1 film) beside "ZaSu Pitts" (60): a letter that
 *   sounds the same, in a rare spelling inside the common one's career. The
 *   case rule does not join them: "zazu" and "zasu" differ in a letter.
 */
export const JOIN_RULES = ['spacing', 'sr', 'nickname', 'disambiguated', 's-for-z'] as const
export type JoinRule = (typeof JOIN_RULES)[number]

/** Years apart beyond which a Sr. or a disambiguated record is not the plain name's person. */
export const JOIN_GAP = 10

/**
 * Pairs a rule would join that review found to be two people, with the
 * reason: the data cannot tell them, as a nickname worn to be told apart is
 * written in the same way as one worn for fun.
 */
export const KEPT_APART: ReadonlyMap<string, string> = new Map([
  [
    'william-stage-boyd',
    'William "Stage" Boyd was billed so to be told from William Boyd (Hopalong Cassidy)',
  ],
  ['scott-carrot-top-thompson', 'Carrot Top is not the Scott Thompson of The Kids in the Hall'],
])

/** What the join rules read of one identity (person-rules' personKey). */
export interface IdentityRecord {
  readonly key: string
  /** Its spellings, as credited, with their credits. */
  readonly spellings: ReadonlyMap<string, number>
  readonly films: ReadonlySet<string>
  readonly first: number
  readonly last: number
  readonly credits: number
}

export interface Join {
  readonly into: string
  readonly rule: JoinRule
}

const NICKNAME =
  /\s*(?:["“”„‟″]|(?<=\s)['‘’`])[^"“”„‟″'‘’`()]+(?:["“”„‟″]|['‘’`](?=\s))\s*|\s+\([^()]+\)\s+/g

/** The spelling without its nickname, when what is left is a name of two words or more. */
export function withoutNickname(spelling: string): string | null {
  const plain = spelling.replace(NICKNAME, ' ').trim()
  if (plain === spelling.trim()) return null
  const slug = nameSlug(plain)
  return slug.includes('-') ? slug : null
}

/** The plain forms of one identity, by rule. */
function plainForms(record: IdentityRecord): Array<[JoinRule, string]> {
  const [slug = '', disambiguator] = record.key.split('|')
  if (disambiguator !== undefined) return [['disambiguated', slug]]
  const forms: Array<[JoinRule, string]> = [['spacing', `=${slug.replace(/-/g, '')}`]]
  if (slug.endsWith('-sr')) forms.push(['sr', slug.slice(0, -3)])
  for (const spelling of record.spellings.keys()) {
    const plain = withoutNickname(spelling)
    if (plain && plain !== slug && !KEPT_APART.has(slug)) forms.push(['nickname', plain])
  }
  if (slug.includes('z')) forms.push(['s-for-z', `~${slug.replace(/z/g, 's')}`])
  else if (slug.includes('s')) forms.push(['s-for-z', `~${slug}`])
  return forms
}

interface Component {
  members: string[]
  films: Set<string>
  disambiguated: Set<string>
  first: number
  last: number
  credits: number
}

const distance = (a: Component, b: Component) => Math.max(0, a.first - b.last, b.first - a.last)

/** True when something says two components are two people: then `rule` does not join them. */
function twoPeople(rule: JoinRule, a: Component, b: Component): boolean {
  if ([...a.films].some((film) => b.films.has(film))) return true
  if (new Set([...a.disambiguated, ...b.disambiguated]).size > 1) return true
  if ((rule === 'sr' || rule === 'disambiguated') && distance(a, b) >= JOIN_GAP) return true
  if (rule === 's-for-z') {
    const [small, large] = a.credits <= b.credits ? [a, b] : [b, a]
    return !(
      small.credits * 5 <= large.credits &&
      small.first >= large.first &&
      small.last <= large.last
    )
  }
  return false
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

/**
 * Which identities join which, and by which rule: a joined identity maps to
 * the one its person is kept under (keptUnder).
 * Candidates are tried in a fixed order (rule, then keys), so the result
 * depends on the set of identities only, never on their order.
 */
export function joinVariants(records: readonly IdentityRecord[]): Map<string, Join> {
  const byKey = new Map(records.map((record) => [record.key, record]))
  const component = new Map<string, Component>()
  for (const record of records) {
    const [, disambiguator] = record.key.split('|')
    component.set(record.key, {
      members: [record.key],
      films: new Set(record.films),
      disambiguated: new Set(disambiguator === undefined ? [] : [disambiguator]),
      first: record.first,
      last: record.last,
      credits: record.credits,
    })
  }
  const byForm = new Map<string, string[]>()
  for (const record of records)
    for (const [rule, form] of plainForms(record)) {
      const id = `${rule}\u0000${form}`
      const keys = byForm.get(id)
      if (keys) keys.push(record.key)
      else byForm.set(id, [record.key])
    }
  // The plain name itself is a member of a nickname's, a Sr.'s or a disambiguator's form.
  for (const [id, keys] of byForm) {
    const [rule = '', form = ''] = id.split('\u0000')
    if ((rule === 'nickname' || rule === 'sr' || rule === 'disambiguated') && byKey.has(form))
      keys.push(form)
  }
  const ruleOf = new Map<string, JoinRule>()
  const order = [...byForm.entries()]
    .filter(([, keys]) => new Set(keys).size > 1)
    .sort(([a], [b]) => {
      const [ruleA = '', formA = ''] = a.split('\u0000')
      const [ruleB = '', formB = ''] = b.split('\u0000')
      return (
        JOIN_RULES.indexOf(ruleA as JoinRule) - JOIN_RULES.indexOf(ruleB as JoinRule) ||
        compare(formA, formB)
      )
    })
  for (const [id, keys] of order) {
    const rule = id.split('\u0000')[0] as JoinRule
    const sorted = [...new Set(keys)].sort(compare)
    const [head, ...rest] = sorted
    for (const key of rest) {
      const a = component.get(head as string) as Component
      const b = component.get(key) as Component
      if (a === b || twoPeople(rule, a, b)) continue
      const merged: Component = {
        members: [...a.members, ...b.members],
        films: new Set([...a.films, ...b.films]),
        disambiguated: new Set([...a.disambiguated, ...b.disambiguated]),
        first: Math.min(a.first, b.first),
        last: Math.max(a.last, b.last),
        credits: a.credits + b.credits,
      }
      for (const member of merged.members) {
        component.set(member, merged)
        if (!ruleOf.has(member)) ruleOf.set(member, rule)
      }
    }
  }
  const joins = new Map<string, Join>()
  const intoOf = new Map<Component, string>()
  for (const [key, own] of component) {
    if (own.members.length < 2) continue
    let into = intoOf.get(own)
    if (into === undefined) {
      into = keptUnder(own.members.map((member) => byKey.get(member) as IdentityRecord))
      intoOf.set(own, into)
    }
    if (key !== into) joins.set(key, { into, rule: ruleOf.get(key) ?? 'spacing' })
  }
  return joins
}

/**
 * The identity a joined person is kept under: the one that writes them as
 * they are shown (displayName over all their credits, read as a slug), so
 * resolving the shown names again gives the same ids; of two that write it
 * alike, the one without a disambiguator ("Harry Carter", not "Harry Carter (actor)"), so
 * a disambiguated record's new credits never move the plain name's id.
 */
function keptUnder(records: readonly IdentityRecord[]): string {
  const counts = new Map<string, number>()
  for (const record of records)
    for (const [spelling, n] of record.spellings)
      counts.set(spelling, (counts.get(spelling) ?? 0) + n)
  const slug = nameSlug(displayName(counts))
  const writers = records.filter((record) => record.key.split('|')[0] === slug)
  return (
    [...(writers.length > 0 ? writers : records)].sort(
      (a, b) => Number(a.key.includes('|')) - Number(b.key.includes('|')) || compare(a.key, b.key),
    )[0] as IdentityRecord
  ).key
}

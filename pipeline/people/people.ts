import type { FilmSource } from '../../contract/film-schema.ts'
import {
  CAREER_SPAN,
  cleanSpelling,
  JR_GAP,
  displayName,
  echoOf,
  eraId,
  isEcho,
  isGroup,
  juniorFrom,
  PINNED_SPLITS,
  keptWhole,
  nameSlug,
  namesakeGaps,
  personIdBase,
  personKey,
  spellingRule,
  yearsLabel,
  type CreditedFilm,
} from './person-rules.ts'
import { sortReport, type ReportItem, type ReportSource } from '../write/report.ts'
import { joinVariants, type IdentityRecord, type Join } from './variant-joins.ts'

/**
 * Every credit of every film to a person. Credits are grouped by
 * identity (person-rules.ts), each group is written the way most of its
 * credits write it, and a group whose credits fall into eras far apart is
 * split into namesakes. Each credit's person is keyed by the credit's
 * identity (appearanceKey), and no result depends on the credits' order.
 */

/** One credit, as the resolution needs it: who, in which film, from which source. */
export interface Appearance {
  readonly film: string
  /** Its place in that film's cast from that source: with film and origin, its identity. */
  readonly credit: number
  readonly year: number
  readonly title: string
  readonly documentary: boolean
  readonly actor: string
  readonly disambiguator: string | null
  readonly origin: FilmSource
  readonly source: ReportSource
}

export interface ResolvedPerson {
  readonly id: string
  readonly name: string
  /** Tells this person from others shown with the same name ("1917–1928"), else null. */
  readonly label: string | null
  /** A group, double act or band (isGroup), kept as a credit but not shown as one person. */
  readonly group?: true
}

export interface Resolution {
  /**
   * The person of each appearance, keyed by its identity (appearanceKey), so
   * a caller joins credits to people by who they are, never by position.
   */
  readonly personOf: ReadonlyMap<string, string>
  /** Sorted by id. */
  readonly people: ResolvedPerson[]
  readonly report: ReportItem[]
}

interface Era {
  readonly id: string
  readonly members: number[]
  first: number
  last: number
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

/** An appearance's identity: which source credits it, in which film, at which place. */
export const appearanceKey = ({
  origin,
  film,
  credit,
}: Pick<Appearance, 'origin' | 'film' | 'credit'>) => `${origin}/${film}/${credit}`

/** The person of one credit; a credit the people step never saw is a bug in the chain. */
export function personOfCredit(
  resolution: Pick<Resolution, 'personOf'>,
  credit: Pick<Appearance, 'origin' | 'film' | 'credit'>,
): string {
  const key = appearanceKey(credit)
  const id = resolution.personOf.get(key)
  if (id === undefined) throw new Error(`no person resolved for the credit ${key}`)
  return id
}

/** One record per film, whatever order its appearances came in. */
function filmsOf(appearances: readonly Appearance[]): CreditedFilm[] {
  const films = new Map<string, CreditedFilm>()
  for (const { film, year, title, documentary } of appearances) {
    const seen = films.get(film)
    films.set(film, {
      film,
      year: Math.min(year, seen?.year ?? year),
      title: seen && compare(seen.title, title) < 0 ? seen.title : title,
      documentary: documentary || (seen?.documentary ?? false),
    })
  }
  return [...films.values()].sort((a, b) => a.year - b.year || compare(a.film, b.film))
}

/** The era index of every film of one name, and the years where eras start. */
function eraOfFilms(key: string, films: readonly CreditedFilm[]) {
  // Leaving echoes out only shortens a career: within CAREER_SPAN in all, there is nothing to split.
  const span = (films.at(-1)?.year ?? 0) - (films[0]?.year ?? 0)
  const echoes = new Set(
    span > CAREER_SPAN ? films.filter((film) => isEcho(film, films)).map((film) => film.film) : [],
  )
  const career = films.filter((film) => !echoes.has(film.film)).map((film) => film.year)
  const pinned = key.includes('|') ? undefined : PINNED_SPLITS.get(key)
  const pinnedStart = pinned ? career.find((year) => year >= pinned.from) : undefined
  const gaps = namesakeGaps(career)
  const kept = gaps.length > 0 ? keptWhole(key) : undefined
  const starts = [...new Set([...(kept ? [] : gaps), ...(pinnedStart ? [pinnedStart] : [])])].sort(
    (a, b) => a - b,
  )
  const eraOfYear = (year: number) => starts.filter((start) => start <= year).length
  const spans = starts.length === 0 ? [] : spansOf(career, starts)
  const era = new Map<string, number>()
  for (const film of films) {
    if (!echoes.has(film.film) || starts.length === 0) {
      era.set(film.film, eraOfYear(film.year))
      continue
    }
    const original = echoOf(film, films)
    era.set(film.film, original ? eraOfYear(original.year) : nearest(spans, film.year))
  }
  return { era, starts, spans, gaps, kept, pinned: pinnedStart ? pinned : undefined }
}

function spansOf(career: readonly number[], starts: readonly number[]) {
  const bounds = [-Infinity, ...starts, Infinity]
  return bounds.slice(0, -1).map((from, i) => {
    const years = career.filter((year) => year >= from && year < (bounds[i + 1] as number))
    return [Math.min(...years), Math.max(...years)] as const
  })
}

/** The era closest in time to `year`; a tie goes to the later one. */
function nearest(spans: ReadonlyArray<readonly [number, number]>, year: number): number {
  let best = 0
  spans.forEach(([from, to], i) => {
    const distance = year < from ? from - year : year > to ? year - to : 0
    const [bestFrom, bestTo] = spans[best] as readonly [number, number]
    const bestDistance = year < bestFrom ? bestFrom - year : year > bestTo ? year - bestTo : 0
    if (distance <= bestDistance) best = i
  })
  return best
}

function push<T>(map: Map<string, T[]>, key: string, value: T) {
  const values = map.get(key)
  if (values) values.push(value)
  else map.set(key, [value])
}

function spellingCounts(own: readonly Appearance[]): Map<string, number> {
  const counts = new Map<string, number>()
  for (const { actor } of own)
    counts.set(cleanSpelling(actor), (counts.get(cleanSpelling(actor)) ?? 0) + 1)
  return counts
}

/** What the join rules read of each identity. */
function identityRecords(
  appearances: readonly Appearance[],
  byKey: ReadonlyMap<string, number[]>,
): IdentityRecord[] {
  return [...byKey].map(([key, members]) => {
    const own = members.map((index) => appearances[index] as Appearance)
    const years = own.map((each) => each.year)
    return {
      key,
      spellings: spellingCounts(own),
      films: new Set(own.map((each) => each.film)),
      first: Math.min(...years),
      last: Math.max(...years),
      credits: own.length,
    }
  })
}

/**
 * The identity each appearance's person is kept under: its own, or the one
 * a join rule (variant-joins.ts) gives it; then a plain name's credits that
 * are its Jr.'s (juniorFrom) move to the Jr.
 */
function groupAppearances(appearances: readonly Appearance[]) {
  const byOwnKey = new Map<string, number[]>()
  const ownKeys = appearances.map((appearance, index) => {
    const key = personKey(appearance.actor, appearance.disambiguator)
    push(byOwnKey, key, index)
    return key
  })
  const joins = joinVariants(identityRecords(appearances, byOwnKey))
  const keys = ownKeys.map((key) => joins.get(key)?.into ?? key)
  const byKey = new Map<string, number[]>()
  keys.forEach((key, index) => push(byKey, key, index))
  const movedToJunior = new Map<
    number,
    { from: string; since: number; first: number; last: number }
  >()
  for (const key of [...byKey.keys()].sort(compare)) {
    if (key.includes('|')) continue
    const juniorKey = joins.get(`${key}-jr`)?.into ?? `${key}-jr`
    const junior = byKey.get(juniorKey)
    if (!junior || juniorKey === key) continue
    const members = byKey.get(key) as number[]
    const films = filmsOf(members.map((index) => appearances[index] as Appearance))
    const career = films.filter((film) => !isEcho(film, films))
    const juniorYears = junior.map((index) => (appearances[index] as Appearance).year)
    const span = { first: Math.min(...juniorYears), last: Math.max(...juniorYears) }
    const since = juniorFrom(
      career.map((film) => film.year),
      span,
    )
    if (since === null) continue
    const moving = new Set(career.filter((film) => film.year >= since).map((film) => film.film))
    for (const index of members) {
      if (!moving.has((appearances[index] as Appearance).film)) continue
      keys[index] = juniorKey
      movedToJunior.set(index, { from: key, since, ...span })
    }
  }
  const grouped = new Map<string, number[]>()
  keys.forEach((key, index) => push(grouped, key, index))
  return { byKey: grouped, ownKeys, joins, movedToJunior }
}

export function resolvePeople(appearances: readonly Appearance[]): Resolution {
  const { byKey, ownKeys, joins, movedToJunior } = groupAppearances(appearances)
  const personIds: string[] = new Array<string>(appearances.length)
  const people: Unlabelled[] = []
  const report: ReportItem[] = []
  const firstSource = (members: readonly number[], person: string): ReportSource => {
    const ordered = members
      .map((index) => appearances[index] as Appearance)
      .sort((a, b) => a.year - b.year || compare(a.film, b.film) || compare(a.origin, b.origin))
    return { ...(ordered[0] as Appearance).source, person }
  }
  for (const key of [...byKey.keys()].sort(compare)) {
    const members = byKey.get(key) as number[]
    const own = members.map((index) => appearances[index] as Appearance)
    const name = displayName(spellingCounts(own))
    const disambiguator = own.map((each) => each.disambiguator).sort()[0] ?? null
    const films = filmsOf(own)
    const { era, starts, spans, gaps, kept, pinned } = eraOfFilms(key, films)
    const base = personIdBase(key)
    const eras: Era[] = [base, ...starts.map((start) => eraId(base, start))].map((id) => ({
      id,
      members: [],
      first: Infinity,
      last: -Infinity,
    }))
    const filmsPerEra = eras.map(() => new Set<string>())
    for (const index of members) {
      const appearance = appearances[index] as Appearance
      const target = eras[era.get(appearance.film) ?? 0] as Era
      target.members.push(index)
      target.first = Math.min(target.first, appearance.year)
      target.last = Math.max(target.last, appearance.year)
      filmsPerEra[eras.indexOf(target)]?.add(appearance.film)
      personIds[index] = target.id
      const moved = movedToJunior.get(index)
      const join: Join | undefined = joins.get(ownKeys[index] as string)
      if (moved) {
        report.push({
          kind: 'repaired',
          reason: 'jr-credit-moved',
          source: { ...appearance.source, person: target.id },
          text: appearance.actor,
          detail: `${appearance.year} is ${name}'s (${moved.first}–${moved.last}): no credit of ${moved.from} for ${JR_GAP} years or more before ${moved.since}`,
        })
      } else if (join) {
        report.push({
          kind: 'repaired',
          reason: `joined-${join.rule}`,
          source: { ...appearance.source, person: target.id },
          text: appearance.actor,
          detail: `one person with ${name}`,
        })
      } else if (appearance.actor !== name) {
        report.push({
          kind: 'repaired',
          reason: `merged-${spellingRule(appearance.actor, name)}`,
          source: { ...appearance.source, person: target.id },
          text: appearance.actor,
          detail: `one person with ${name}`,
        })
      }
    }
    eras.forEach((each, i) => {
      const count = filmsPerEra[i]?.size ?? 0
      people.push({
        id: each.id,
        name,
        label: null,
        ...(isGroup(name) ? { group: true as const } : {}),
        first: each.first,
        last: each.last,
        disambiguator,
      })
      if (i > 0) {
        const before = eras[i - 1] as Era
        const [, lastBefore] = spans[i - 1] as readonly [number, number]
        const [firstHere] = spans[i] as readonly [number, number]
        report.push({
          kind: 'repaired',
          reason:
            pinned && (spans[i]?.[0] ?? 0) >= pinned.from && lastBefore < pinned.from
              ? 'namesake-pinned'
              : 'namesake-split',
          source: firstSource(each.members, each.id),
          text: name,
          detail: `${yearsLabel(each.first, each.last)} (${count} films) is not ${before.id} (${yearsLabel(before.first, before.last)}): ${pinned && firstHere >= pinned.from && lastBefore < pinned.from ? pinned.reason : `no credit from ${lastBefore} to ${firstHere}, and the name's credits span more than ${CAREER_SPAN} years`}`,
        })
      }
      if (each.last - each.first > CAREER_SPAN) {
        report.push({
          kind: 'review',
          reason: 'long-career',
          source: firstSource(each.members, each.id),
          text: name,
          detail: `${yearsLabel(each.first, each.last)}, ${count} films`,
        })
      }
    })
    if (kept) {
      report.push({
        kind: 'review',
        reason: 'namesake-kept-whole',
        source: firstSource(members, base),
        text: name,
        detail: `a gap before ${gaps.join(', ')} would split it, but ${kept}`,
      })
    }
  }
  people.sort((a, b) => compare(a.id, b.id))
  report.push(...suffixPairs(people))
  const personOf = new Map<string, string>()
  appearances.forEach((appearance, index) => {
    const key = appearanceKey(appearance)
    if (personOf.has(key)) throw new Error(`two appearances are one credit, ${key}`)
    personOf.set(key, personIds[index] as string)
  })
  return { personOf, people: labelled(people), report: sortReport(report) }
}

type Unlabelled = ResolvedPerson & { first: number; last: number; disambiguator: string | null }

/**
 * Years on the people who share a name on screen (namesakes, or a
 * disambiguator's two articles); where the years are the same too ("Dave
 * (Tex) O'Brien" with and without "(actor)", both 1944), the disambiguator
 * joins them: "1944, actor".
 */
function labelled(people: readonly Unlabelled[]): ResolvedPerson[] {
  const shown = new Map<string, Unlabelled[]>()
  for (const person of people) {
    const key = nameSlug(person.name)
    shown.set(key, [...(shown.get(key) ?? []), person])
  }
  return people.map(({ id, name, first, last, disambiguator, group }) => {
    const kind = group ? { group } : {}
    const namesakes = shown.get(nameSlug(name)) ?? []
    if (namesakes.length < 2) return { id, name, label: null, ...kind }
    const years = yearsLabel(first, last)
    const sameYears = namesakes.filter((other) => yearsLabel(other.first, other.last) === years)
    const label = sameYears.length > 1 && disambiguator ? `${years}, ${disambiguator}` : years
    return { id, name, label, ...kind }
  })
}

/**
 * "Noah Beery Sr." and "Noah Beery": Sr. is part of a name, so these are two
 * people, but Sr. is written only to tell a father from his son and the
 * plain name is often the father. Listed for review, never merged.
 */
function suffixPairs(people: ReadonlyArray<ResolvedPerson>): ReportItem[] {
  const byId = new Map(people.map((person) => [person.id, person]))
  return people.flatMap((person): ReportItem[] => {
    const plain = person.id.endsWith('-sr') ? byId.get(person.id.slice(0, -3)) : undefined
    if (!plain) return []
    return [
      {
        kind: 'review',
        reason: 'sr-and-plain-name',
        source: { file: 'people', person: person.id },
        text: person.name,
        detail: `and ${plain.name} (${plain.id}) are two people by the rules; the plain name may be the father`,
      },
    ]
  })
}

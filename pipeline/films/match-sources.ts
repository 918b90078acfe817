import type { Film } from '../../contract/film-schema.ts'
import { MORE_FILES, type MoreRecord } from '../sources/more-sources.ts'
import type { ReportItem } from '../write/report.ts'

/**
 * Each record of the two sets finds its list film by title and year: the
 * same title key and the same year, else a year one off (the lists give the
 * first release, vega the US one), else, for vega's century bug only, the
 * year a century earlier. A title key is the title folded (accents, case,
 * "Title, The", "&", punctuation); a key with no film is tried without its
 * spaces (War Games, WarGames). Two candidates at one step: no match.
 */

export interface Matched {
  readonly record: MoreRecord
  readonly film: Film
  /** The century rule made the match. */
  readonly centuryRepaired: boolean
}

export function titleKey(raw: string): { key: string; yearHint: number | null } {
  let title = raw.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase()
  let yearHint: number | null = null
  const year = /\s*\((\d{4})\)\s*$/.exec(title)
  if (year) {
    yearHint = Number(year[1])
    title = title.slice(0, year.index)
  }
  const article = /^(.*), (the|a|an)$/.exec(title)
  if (article) title = `${article[2]} ${article[1]}`
  const key = title
    .replace(/&/g, ' and ')
    .replace(/['’‘`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
  return { key, yearHint }
}

const squash = (key: string) => key.replace(/ /g, '')

type Found = { film: Film } | { ambiguous: Film[] } | null

function atYear(candidates: readonly Film[], year: number): Found {
  for (const off of [0, 1]) {
    const hits = candidates.filter((film) => Math.abs(film.year - year) === off)
    if (hits.length === 1) return { film: hits[0] as Film }
    if (hits.length > 1) return { ambiguous: hits }
  }
  return null
}

export function matchSources(
  films: readonly Film[],
  records: readonly MoreRecord[],
): { matched: Matched[]; report: ReportItem[]; unmatched: number } {
  const byKey = new Map<string, Film[]>()
  const bySquash = new Map<string, Film[]>()
  const add = (map: Map<string, Film[]>, key: string, film: Film) =>
    map.set(key, [...(map.get(key) ?? []), film])
  for (const film of films) {
    const { key } = titleKey(film.title)
    add(byKey, key, film)
    add(bySquash, squash(key), film)
  }
  const report: ReportItem[] = []
  const matched: Matched[] = []
  const taken = new Set<string>()
  let unmatched = 0
  for (const record of records) {
    const { key, yearHint } = titleKey(record.title)
    const candidates = byKey.get(key) ?? bySquash.get(squash(key)) ?? []
    const source = { file: MORE_FILES[record.set], index: record.index }
    let found = atYear(candidates, yearHint ?? record.year)
    let centuryRepaired = false
    if (!found && record.centuryEarlier !== null) {
      found = atYear(candidates, record.centuryEarlier)
      centuryRepaired = found !== null
    }
    if (!found || 'ambiguous' in found) {
      unmatched += 1
      if (found)
        report.push({
          kind: 'unplaced',
          reason: 'source-record-matches-several-films',
          source,
          text: `${record.title} (${record.year})`,
          detail: found.ambiguous.map((film) => film.id).join(' or '),
        })
      else if (candidates.length > 0)
        report.push({
          kind: 'review',
          reason: 'source-title-listed-in-another-year',
          source,
          text: `${record.title} (${record.year})`,
          detail: `the lists have ${candidates.map((film) => film.id).join(', ')}`,
        })
      continue
    }
    const { film } = found
    const once = `${record.set}|${film.id}`
    if (taken.has(once)) {
      unmatched += 1
      report.push({
        kind: 'unplaced',
        reason: 'source-film-matched-twice',
        source: { ...source, film: film.id },
        text: `${record.title} (${record.year})`,
      })
      continue
    }
    taken.add(once)
    matched.push({ record, film, centuryRepaired })
  }
  return { matched, report, unmatched }
}

import type { Film } from '../../contract/film-schema.ts'
import { mergeFilms, nameKey, pageFilm } from './merge.ts'
import type { ReportItem } from '../write/report.ts'

/**
 * Merging across the catalog: finds each rich page's list film and merges the
 * two. A page is the same film as a list entry with its id, or else as the one
 * list entry with its title and year; a title and year the lists give twice
 * (Carmen, 1915) needs the id, and the page is reported and kept apart.
 */

export interface Combined {
  /** Every film, sorted by id. */
  readonly films: Film[]
  readonly merged: number
  readonly report: ReportItem[]
}

const titleYear = (film: Film) => `${nameKey(film.title)}|${film.year}`

export function combine(pages: readonly Film[], lists: readonly Film[]): Combined {
  const byId = new Map(lists.map((film) => [film.id, film]))
  const byTitleYear = new Map<string, Film[]>()
  for (const film of lists)
    byTitleYear.set(titleYear(film), [...(byTitleYear.get(titleYear(film)) ?? []), film])
  const report: ReportItem[] = []
  const films = new Map<string, Film>()
  let merged = 0
  for (const page of pages) {
    const candidates = byTitleYear.get(titleYear(page)) ?? []
    const match = byId.get(page.id) ?? (candidates.length === 1 ? candidates[0] : undefined)
    if (!match && candidates.length > 1) {
      report.push({
        kind: 'unplaced',
        reason: 'page-matches-several-list-films',
        source: { file: page.provenance.source, film: page.id },
        text: `${page.title} (${page.year}) could be ${candidates.map((film) => film.id).join(' or ')}; give the page one of these ids`,
      })
    }
    if (match) {
      byId.delete(match.id)
      merged += 1
    }
    const film = match ? mergeFilms(page, match) : pageFilm(page)
    if (films.has(film.id)) {
      report.push({
        kind: 'fatal',
        reason: 'two-pages-one-id',
        source: { file: page.provenance.source, film: film.id },
        text: `${page.title} (${page.year})`,
      })
    }
    films.set(film.id, film)
  }
  // A list film's id never equals a page's: the page would have matched it.
  for (const film of byId.values()) films.set(film.id, film)
  return {
    films: [...films.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    merged,
    report,
  }
}

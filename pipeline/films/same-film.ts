import type { Film } from '../../contract/film-schema.ts'
import type { ReportItem } from '../write/report.ts'
import { mergeFilms, nameKey } from './merge.ts'

/**
 * Two list films of one title and year are one film when the lists say so
 * in other words than a row word for word (sources/duplicate-rows.ts merges
 * those): both link the same Wikipedia article, or, with no article, both
 * credit the same people. The lists give 12 such pairs, the cast in another
 * order or one name more ("Swing Your Lady" (1938): Frank McHugh, Humphrey
 * Bogart… and Humphrey Bogart, Louise Fazenda…), which made two films and put
 * the film twice in 37 filmographies, Humphrey Bogart's among them. Each
 * group becomes one film by the merge of two records of a film (merge.ts):
 * every credit once, genres joined; the first id in order is kept, so the
 * "-2" film is the one that goes, and each film merged into another is
 * reported. An article that is a section of a page ("#") names a list, not a
 * film, and merges nothing.
 */

export const SAME_FILM = 'same-film-merged'

function sameKey(film: Film): string | null {
  const base = `${nameKey(film.title)}|${film.year}`
  if (film.wikipedia && !film.wikipedia.includes('#')) return `${base}|article|${film.wikipedia}`
  const people = [...new Set(film.cast.flatMap((credit) => credit.personId ?? []))].sort()
  return film.wikipedia === null && people.length > 0 ? `${base}|people|${people.join(' ')}` : null
}

export function mergeSameFilms(films: readonly Film[]): { films: Film[]; report: ReportItem[] } {
  const groups = new Map<string, Film[]>()
  const out: Array<Film | Film[]> = []
  for (const film of films) {
    const key = sameKey(film)
    const group = key === null ? undefined : groups.get(key)
    if (group) group.push(film)
    else if (key === null) out.push(film)
    else {
      const fresh = [film]
      groups.set(key, fresh)
      out.push(fresh)
    }
  }
  const report: ReportItem[] = []
  const merged = out.map((each) => {
    if (!Array.isArray(each)) return each
    const [first, ...rest] = [...each].sort((a, b) => (a.id < b.id ? -1 : 1)) as [Film, ...Film[]]
    for (const other of rest) {
      report.push({
        kind: 'repaired',
        reason: SAME_FILM,
        source: { file: other.provenance.source, film: other.id },
        text: `${other.title} (${other.year})`,
        detail: `the same film as ${first.id} (${sameKey(first)?.includes('|article|') ? 'one article' : 'the same people'}): one film`,
      })
    }
    return { ...rest.reduce(mergeFilms, first), id: first.id }
  })
  return { films: merged, report }
}

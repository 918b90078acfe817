import type { Film } from '../../contract/film-schema.ts'
import { stripInvisible } from './invisible.ts'
import type { ReportItem } from '../write/report.ts'
import { cutLongText } from './text-limits.ts'

/**
 * A rich page's film with its titles and names free of invisible
 * formatting characters, and every text within its limit. A page is a film
 * the app serves, so it is mended and reported, never refused: a title from
 * data/films.json is stripped like a list's, and a text over its limit is
 * cut there (prose at 20,000 characters) rather than written whole.
 */
export function cleanPageFilm(film: Film): { film: Film; report: ReportItem[] } {
  const report: ReportItem[] = []
  const source = { file: film.provenance.source, film: film.id }
  const strip = (text: string, what: string) => {
    const result = stripInvisible(text)
    if (result.removed.length > 0)
      report.push({
        kind: 'repaired',
        reason: 'invisible-characters-removed',
        source,
        text: result.shown,
        detail: `${result.removed.join(', ')} removed from the ${what}`,
      })
    return result.text.trim()
  }
  const names = (list: readonly string[], what: string) => list.map((name) => strip(name, what))
  const stripped: Film = {
    ...film,
    title: strip(film.title, 'title'),
    alsoKnownAs: names(film.alsoKnownAs, 'title'),
    directors: names(film.directors, 'directors'),
    writers: names(film.writers, 'writers'),
    stars: film.stars.map((star) => ({ ...star, name: strip(star.name, 'stars') })),
    cast: film.cast.map((credit) => ({
      ...credit,
      actor: strip(credit.actor, 'cast'),
      character: credit.character === null ? null : strip(credit.character, 'cast'),
    })),
  }
  const { value, cuts } = cutLongText(stripped)
  for (const cut of cuts)
    report.push({
      kind: 'repaired',
      reason: 'text-cut',
      source,
      text: cut.path,
      detail: `${cut.length} characters cut to ${cut.limit}`,
    })
  return { film: value, report }
}

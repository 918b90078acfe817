import { genreOf, type Genre } from './genres.ts'
import { stripInvisible } from './invisible.ts'
import type { ListEntry } from './read-lists.ts'
import type { ReportItem } from '../write/report.ts'

/**
 * Each list entry's title and cast strings without invisible
 * formatting characters, and its genres read against the vocabulary. Each
 * change is reported with the entry's file and line. A title that was
 * nothing but such characters leaves no title: the row is refused.
 */

export const TITLE_INVISIBLE = 'title-only-invisible'

export function cleanEntries(entries: readonly ListEntry[]): {
  entries: ListEntry[]
  report: ReportItem[]
} {
  const report: ReportItem[] = []
  const cleaned = entries.flatMap((entry): ListEntry[] => {
    const note = (kind: ReportItem['kind'], reason: string, text: string, detail?: string) =>
      void report.push({ kind, reason, source: entry.source, text, ...(detail && { detail }) })
    const strip = (text: string, what: string) => {
      const result = stripInvisible(text)
      if (result.removed.length > 0)
        note(
          'repaired',
          'invisible-characters-removed',
          result.shown,
          `${result.removed.join(', ')} removed from the ${what}`,
        )
      return result.text.trim()
    }
    const title = strip(entry.title, 'title')
    if (title === '') {
      note('unplaced', TITLE_INVISIBLE, stripInvisible(entry.title).shown)
      return []
    }
    const genres: Genre[] = []
    for (const raw of entry.genres) {
      const genre = genreOf(raw)
      if (genre === null)
        note('unplaced', 'unknown-genre', raw, 'not in pipeline/sources/genres.ts: dropped')
      else if (genre !== raw) note('repaired', 'genre-mapped', raw, `read as ${genre}`)
      if (genre !== null && !genres.includes(genre)) genres.push(genre)
    }
    const cast = entry.cast.map((credit) => strip(credit, 'cast'))
    return [{ ...entry, title, cast, genres }]
  })
  return { entries: cleaned, report }
}

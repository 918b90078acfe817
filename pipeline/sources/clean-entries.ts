import { chooseTitleCase, stripTitleMarkers } from './clean-titles.ts'
import { genreOf, type Genre } from './genres.ts'
import { stripInvisible } from './invisible.ts'
import type { ListEntry } from './read-lists.ts'
import type { ReportItem } from '../write/report.ts'

/**
 * Each list entry's title and cast strings without invisible
 * formatting characters, its title without footnote and language markers and
 * in the case chosen against its article (clean-titles.ts), and its genres
 * read against the vocabulary. Each change is reported with the entry's file
 * and line. A title that was nothing but such characters leaves no title:
 * the row is refused.
 */

export const TITLE_INVISIBLE = 'title-only-invisible'

/** The first year after which most American films had sound. */
const SOUND_ERA = 1930

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
    const visible = strip(entry.title, 'title')
    if (visible === '') {
      note('unplaced', TITLE_INVISIBLE, stripInvisible(entry.title).shown)
      return []
    }
    const title = cleanTitle(visible, entry.href, note)
    const genres: Genre[] = []
    for (const raw of entry.genres) {
      const genre = genreOf(raw)
      if (genre === null)
        note('unplaced', 'unknown-genre', raw, 'not in pipeline/sources/genres.ts: dropped')
      else if (genre !== raw) note('repaired', 'genre-mapped', raw, `read as ${genre}`)
      if (genre !== null && !genres.includes(genre)) genres.push(genre)
    }
    // Kept: a silent film of the sound era is rare but real (Sidewalk Stories,
    // 1989; The Artist, 2011), yet the lists also tag films about the silent
    // era "Silent" (Man of a Thousand Faces, 1957). Nothing tells them apart,
    // so a person checks.
    if (genres.includes('Silent') && entry.year >= SOUND_ERA)
      note('review', 'silent-in-sound-era', entry.title, `a ${entry.year} film tagged Silent`)
    const cast = entry.cast.map((credit) => strip(credit, 'cast'))
    return [{ ...entry, title, cast, genres }]
  })
  return { entries: cleaned, report }
}

type Note = (kind: ReportItem['kind'], reason: string, text: string, detail?: string) => void

function cleanTitle(visible: string, href: string | null, note: Note): string {
  const unmarked = stripTitleMarkers(visible)
  // A title that is nothing but a marker keeps it: "[1]" is still a title.
  const title = unmarked === '' ? visible : unmarked
  if (title !== visible) note('repaired', 'title-marker-removed', visible, `${visible} → ${title}`)
  const choice = chooseTitleCase(title, href)
  if (choice.kind === 'same') return title
  if (choice.kind === 'case' && choice.title !== title) {
    note('repaired', 'title-case-from-article', title, `${title} → ${choice.title}, as its article`)
    return choice.title
  }
  const why =
    choice.kind === 'case'
      ? "the list's title kept: it is in title case"
      : "the list's title kept: an article's name may drop a title's punctuation"
  note('review', 'title-differs-from-article', title, `article: ${choice.article}; ${why}`)
  return title
}

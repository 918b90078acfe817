import type { Film } from '../../contract/film-schema.ts'
import { restore } from './read-lists.ts'
import type { ReportItem } from '../write/report.ts'

/**
 * The guard against silent shrinkage. What each source gave when it was last
 * accepted is committed in data/source-counts.json: the entries of each
 * decade file, and what each rich page parses to. The build compares what it
 * reads with it and fails when a source gives less. A parser's error says
 * where a file breaks; only a count knows that a whole-looking file lost
 * its last 800 films, or that a page was cut between two sections.
 *
 * A deliberate change (a new decade file, films removed, a page rewritten)
 * is accepted with `npm run catalog -- --accept-counts`, which records the
 * counts of this build; the diff of the file then shows the change in review.
 * A source that grew is reported, not fatal: growth loses nothing.
 */

export const COUNTS_FILE = 'data/source-counts.json'
export const ACCEPT_COMMAND = 'npm run catalog -- --accept-counts'

/** What a rich page parses to, section by section. */
export interface PageCounts {
  readonly storyline: number
  readonly cast: number
  readonly trivia: number
  readonly reviews: number
  readonly specs: number
}

export interface SourceCounts {
  /** Entries of each decade file, by file name. */
  readonly lists: Readonly<Record<string, number>>
  /** Each rich page's sections, by file name. */
  readonly pages: Readonly<Record<string, PageCounts>>
}

/** What the build read of one source, where the counts alone do not say. */
export interface SourceRead {
  readonly file: string
  /** The file's last line: where entries or sections that went missing would have been. */
  readonly lastLine: number
}

export function pageCounts(film: Film): PageCounts {
  return {
    storyline: film.storyline.length,
    cast: film.cast.length,
    trivia: film.didYouKnow.length,
    reviews: film.reviews.length,
    specs: film.technicalSpecs === null ? 0 : 1,
  }
}

const WHAT_TO_DO = `restore it, or if the change is deliberate run \`${ACCEPT_COMMAND}\` and commit ${COUNTS_FILE}`

/** Report items for every source that gives less than `expected`, or that it does not know. */
export function checkCounts(
  expected: SourceCounts,
  actual: SourceCounts,
  read: readonly SourceRead[],
  /** Files that could not be read whole or did not parse: fatal already, with their line. */
  broken: ReadonlySet<string> = new Set(),
): ReportItem[] {
  const report: ReportItem[] = []
  const lastLine = new Map(read.map((source) => [source.file, source.lastLine]))
  const item = (kind: ReportItem['kind'], reason: string, file: string, text: string) =>
    report.push({ kind, reason, source: { file, line: lastLine.get(file) ?? 1 }, text })
  for (const [file, entries] of Object.entries(actual.lists)) {
    if (broken.has(file)) continue
    const want = expected.lists[file]
    if (want === undefined)
      item(
        'fatal',
        'source-not-counted',
        file,
        `a decade file ${COUNTS_FILE} does not list: if it belongs, run \`${ACCEPT_COMMAND}\` and commit ${COUNTS_FILE}`,
      )
    else if (entries < want)
      item(
        'fatal',
        'source-shrank',
        file,
        `gave ${entries} entries where ${COUNTS_FILE} expects ${want}: ${WHAT_TO_DO}`,
      )
    else if (entries > want)
      item(
        'review',
        'source-grew',
        file,
        `gave ${entries} entries where ${COUNTS_FILE} expects ${want}; run \`${ACCEPT_COMMAND}\` to record it`,
      )
  }
  for (const file of Object.keys(expected.lists))
    if (!(file in actual.lists) && !broken.has(file))
      item(
        'fatal',
        'source-missing',
        file,
        `${COUNTS_FILE} expects this decade file and it is gone: ${WHAT_TO_DO}`,
      )
  for (const [file, counts] of Object.entries(actual.pages)) {
    const want = expected.pages[file]
    if (want === undefined) {
      item(
        'fatal',
        'source-not-counted',
        file,
        `a page ${COUNTS_FILE} does not list: check the film reads whole in the app, then run \`${ACCEPT_COMMAND}\` and commit ${COUNTS_FILE}`,
      )
      continue
    }
    const short = (Object.keys(want) as Array<keyof PageCounts>).filter(
      (key) => counts[key] < want[key],
    )
    if (short.length > 0)
      item(
        'fatal',
        'page-cut-short',
        file,
        `parses to ${short.map((key) => `${counts[key]} ${key}`).join(', ')} where ${COUNTS_FILE} expects ${short.map((key) => want[key]).join(', ')}; the page may be cut short: ${WHAT_TO_DO}`,
      )
  }
  for (const file of Object.keys(expected.pages))
    if (!(file in actual.pages) && !broken.has(file))
      item(
        'fatal',
        'source-missing',
        file,
        `${COUNTS_FILE} expects this page and it is gone (or did not parse): ${WHAT_TO_DO}`,
      )
  return report
}

/** What the build made of one decade file: its entries, and the films they became. */
export interface Yield {
  readonly file: string
  readonly entries: number
  readonly films: number
}

/**
 * Fatal items for each decade file that gives no film, or fewer films than
 * half its entries: whatever its count, such a file is not the expected
 * shape (rows of another form, titles of nothing but invisible characters)
 * and would shrink the catalog by a decade. Half is far below the real
 * files' worst (3,867 films of 3,869 entries).
 */
export function checkYield(yields: readonly Yield[], broken: ReadonlySet<string>): ReportItem[] {
  return yields
    .filter(({ file, films, entries }) => !broken.has(file) && (films === 0 || films * 2 < entries))
    .map(({ file, films, entries }) => ({
      kind: 'fatal',
      reason: 'list-file-wrong-shape',
      source: { file, line: 1 },
      text: `${films} of its ${entries} entries are films (the report says why each other was refused or merged); a decade file is a JSON array of {"title", "year", "cast", "genres", "href"}: ${restore(file)}`,
    }))
}

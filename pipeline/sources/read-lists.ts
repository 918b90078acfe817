import * as v from 'valibot'
import { formatIssuePath } from '../../contract/issue-path.ts'
import { readJsonArray } from './json-array.ts'
import type { ReportItem } from '../write/report.ts'
import { TEXT_LIMITS } from './text-limits.ts'

/**
 * Wikipedia's decade files (`movies-1980s.json`) to typed list
 * entries. Each file is read whole, as the JSON array it is: a file cut
 * short, emptied or of another shape fails the build with its line, since
 * reading on would lose every film after the break without a word (a file
 * cut in half once lost 778 films and reported one line). A file laid out
 * any other way (pretty-printed) reads the same, each entry with the line it
 * starts on. An entry that breaks the schema, or has a text over its limit,
 * is refused and reported with its line; the rest of the file still reads
 * (and a file that gives too few films fails later: see checkYield).
 */

/** Where the decade files live, as reports and messages name them. */
export const LIST_DIR = 'data/sources/wikipedia'

const text = (max: number) =>
  v.pipe(v.string(), v.trim(), v.nonEmpty('must not be empty'), v.maxLength(max, TOO_LONG))
const TOO_LONG = 'is longer than the build writes'

const ListEntrySchema = v.object({
  title: text(TEXT_LIMITS.title),
  // The bounds of the app's film schema: a year outside them could not be shown.
  year: v.pipe(v.number(), v.integer(), v.minValue(1870), v.maxValue(2200)),
  cast: v.array(v.pipe(v.string(), v.maxLength(TEXT_LIMITS.name, TOO_LONG))),
  genres: v.array(text(TEXT_LIMITS.name)),
  // 164 entries have no `href` key at all; the README says "or null", so both
  // mean the film has no article.
  href: v.optional(v.nullable(text(TEXT_LIMITS.href)), null),
})

export interface ListEntry extends v.InferOutput<typeof ListEntrySchema> {
  readonly source: { readonly file: string; readonly line: number; readonly index: number }
}

export interface ListFile {
  /** The file's name as reports should show it, e.g. `movies-1980s.json`. */
  readonly file: string
  readonly text: string
}

/** What one file gave: its entries (rows) and the films among them. */
export interface FileCount {
  readonly file: string
  readonly entries: number
  readonly films: number
}

export interface ReadLists {
  readonly entries: ListEntry[]
  readonly report: ReportItem[]
  readonly files: FileCount[]
}

/** The reasons of a row refused here: counted as reported rows. */
export const REFUSED = ['invalid-entry', 'text-too-long'] as const

export const restore = (file: string) =>
  `restore it (git checkout -- ${LIST_DIR}/${file}) or mend it there, then build again`

function readFile({ file, text }: ListFile, report: ReportItem[]): [ListEntry[], number] {
  const fatal = (reason: string, line: number, message: string) =>
    void report.push({ kind: 'fatal', reason, source: { file, line }, text: message })
  if (text.trim() === '') {
    fatal('list-file-empty', 1, `the file is empty, not a list of films: ${restore(file)}`)
    return [[], 0]
  }
  const read = readJsonArray(text)
  if (!read.ok) {
    fatal(
      'list-file-broken',
      read.line,
      `column ${read.column}: ${read.problem}; the file is cut short or is not a JSON array: ${restore(file)}`,
    )
    return [[], 0]
  }
  const entries: ListEntry[] = []
  read.elements.forEach((element, index) => {
    const source = { file, line: read.lines[index] as number, index }
    const result = v.safeParse(ListEntrySchema, element)
    if (result.success) return void entries.push({ ...result.output, source })
    const [issue] = result.issues
    const long = issue.message === TOO_LONG
    report.push({
      kind: 'unplaced',
      reason: long ? 'text-too-long' : 'invalid-entry',
      source,
      // Never the whole value: it may be the 10 MB that was refused.
      text: `${formatIssuePath(issue)}: ${issue.message}${long ? ` (${String(issue.input).length} characters)` : ''}: ${JSON.stringify(element).slice(0, 200)}`,
    })
  })
  const rows = read.elements.length
  return [entries, rows]
}

export function readLists(files: readonly ListFile[]): ReadLists {
  const report: ReportItem[] = []
  const counts: FileCount[] = []
  const entries = files.flatMap((list) => {
    const [read, rows] = readFile(list, report)
    counts.push({ file: list.file, entries: rows, films: read.length })
    return read
  })
  return { entries, report, files: counts }
}

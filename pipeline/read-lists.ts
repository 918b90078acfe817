import * as v from 'valibot'
import { formatIssuePath } from '../src/data/validate.ts'
import type { ReportItem } from './report.ts'

/**
 * Step 1: Wikipedia's decade files (`movies-1980s.json`) to typed list
 * entries. The files are JSON arrays written one film a line, so each line is
 * parsed on its own: a broken line is reported with its number and the rest
 * of the file still reads.
 */

const Text = v.pipe(v.string(), v.trim(), v.nonEmpty('must not be empty'))

const ListEntrySchema = v.object({
  title: Text,
  // The bounds of the app's film schema: a year outside them could not be shown.
  year: v.pipe(v.number(), v.integer(), v.minValue(1870), v.maxValue(2200)),
  cast: v.array(v.string()),
  genres: v.array(Text),
  // 164 entries have no `href` key at all; the README says "or null", so both
  // mean the film has no article.
  href: v.optional(v.nullable(Text), null),
})

export interface ListEntry extends v.InferOutput<typeof ListEntrySchema> {
  readonly source: { readonly file: string; readonly line: number; readonly index: number }
}

export interface ListFile {
  /** The file's name as reports should show it, e.g. `movies-1980s.json`. */
  readonly file: string
  readonly text: string
}

export interface ReadLists {
  readonly entries: ListEntry[]
  readonly report: ReportItem[]
}

export function readLists(files: readonly ListFile[]): ReadLists {
  const entries: ListEntry[] = []
  const report: ReportItem[] = []
  for (const { file, text } of files) {
    let index = 0
    text.split('\n').forEach((raw, lineIndex) => {
      const line = raw.trim().replace(/,$/, '')
      if (line === '' || line === '[' || line === ']') return
      const source = { file, line: lineIndex + 1, index }
      index += 1
      let json: unknown
      try {
        json = JSON.parse(line)
      } catch (error) {
        const reason = 'invalid-json'
        return void report.push({
          kind: 'unplaced',
          reason,
          source,
          text: `${(error as Error).message}: ${line.slice(0, 200)}`,
        })
      }
      const result = v.safeParse(ListEntrySchema, json)
      if (result.success) return void entries.push({ ...result.output, source })
      const [issue] = result.issues
      report.push({
        kind: 'unplaced',
        reason: 'invalid-entry',
        source,
        text: `${formatIssuePath(issue)}: ${issue.message}: ${line.slice(0, 200)}`,
      })
    })
  }
  return { entries, report }
}

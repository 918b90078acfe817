import { mkdir, rename, rm, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { filmFile, inDataDir, personFile, REPORT_FILE } from '../../contract/data-files.ts'
import type { CatalogPage } from '../../contract/catalog-schema.ts'
import type { Film } from '../../contract/film-schema.ts'
import type { Person } from '../../contract/person-schema.ts'
import { toJsonFile } from './json-file.ts'
import { catalogPagePath } from '../derived/paginate.ts'
import { countByReason, type ReportItem } from './report.ts'

/**
 * The one step that touches disk: `films/<id>.json` for every film,
 * `catalog/<order>/<page>.json` for every catalog page, `people/<id>.json`
 * for every person and `reports/data-quality.json`, laid out as the site's
 * `data/` is. Contents depend only on the sources (keys in the order the
 * steps build them, films and people in id order, pages in their orders), so
 * the same input gives byte-identical files. There is no file of the whole
 * catalog: nothing may load every film at once.
 */

/** Where the data-quality report is written, and where the app serves it under `data/`. */
export const REPORT_PATH = inDataDir(REPORT_FILE)

export type OutputFile = readonly [path: string, content: string]

/**
 * A page as JSON with one film a line: it diffs as cleanly as the indented
 * form at little more than half its size (18 kB a page, not 31 kB).
 */
export function toPageFile({ films, notable, ...page }: CatalogPage): string {
  const head = JSON.stringify(page).slice(0, -1)
  const lines = films.map((film) => JSON.stringify(film)).join(',\n')
  // The front page's notable films, one decade a line.
  const decades = notable
    ? `,"notable":[\n${notable.map((decade) => JSON.stringify(decade)).join(',\n')}\n]`
    : ''
  return `${head}${decades},"films":[${lines && `\n${lines}\n`}]}\n`
}

/**
 * A person as JSON with one film of the filmography a line, the rest on the
 * lines around it: compact (most files are under a kilobyte) and still
 * readable in a diff.
 */
export function toPersonFile({ filmography, filmsPerYear, coStars, ...head }: Person): string {
  const lines = filmography.map((entry) => JSON.stringify(entry)).join(',\n')
  return `${JSON.stringify(head).slice(0, -1)},"filmography":[${lines && `\n${lines}\n`}],"filmsPerYear":${JSON.stringify(filmsPerYear)},"coStars":${JSON.stringify(coStars)}}\n`
}

/**
 * A film as two-space JSON, its derived block one fact a line: pretty, the
 * block would be 40% larger (median file 3.8 kB, not 2.7 kB).
 */
export function toFilmFile({ derived, ...film }: Film): string {
  if (!derived) return toJsonFile(film)
  const lines = (items: readonly unknown[]) =>
    `[${items.length ? `\n${items.map((item) => JSON.stringify(item)).join(',\n')}\n` : ''}]`
  const { facts, more, names, ...rest } = derived
  const tail = JSON.stringify(rest).slice(1, -1)
  const block = `{"facts":${lines(facts)},"more":${lines(more)},\n"names":${JSON.stringify(names)}${tail && `,${tail}`}}`
  return `${toJsonFile(film).slice(0, -3)},\n  "derived": ${block}\n}\n`
}

/** The report, with its counts by kind and reason first and one item a line. */
export function toReportFile(items: readonly ReportItem[]): string {
  const counts = Object.fromEntries(
    (['unplaced', 'repaired', 'review', 'fatal'] as const).map((kind) => [
      kind,
      Object.fromEntries(countByReason(items, kind)),
    ]),
  )
  const lines = items.map((item) => JSON.stringify(item)).join(',\n')
  return `{"schemaVersion":1,"counts":${JSON.stringify(counts)},"items":[${lines && `\n${lines}\n`}]}\n`
}

export function renderFiles(
  films: readonly Film[],
  pages: readonly CatalogPage[],
  people: readonly Person[],
  report: readonly ReportItem[],
): OutputFile[] {
  const byPath = (a: OutputFile, b: OutputFile) => (a[0] < b[0] ? -1 : 1)
  const filmFiles = films
    .map((film): OutputFile => [inDataDir(filmFile(film.id)), toFilmFile(film)])
    .sort(byPath)
  const personFiles = people
    .map((person): OutputFile => [inDataDir(personFile(person.id)), toPersonFile(person)])
    .sort(byPath)
  return [
    ...filmFiles,
    ...pages.map((page): OutputFile => [catalogPagePath(page), toPageFile(page)]),
    ...personFiles,
    [REPORT_PATH, toReportFile(report)],
  ]
}

/**
 * Writes the whole tree beside `outDir`, then swaps it into place, so a failed
 * build never leaves half a catalog: `outDir` holds the old catalog or the new
 * one. `onWritten` hears how many files are done, for progress.
 */
export async function writeTree(
  outDir: string,
  files: readonly OutputFile[],
  onWritten: (done: number) => void = () => {},
): Promise<void> {
  const temp = `${outDir}.tmp-${process.pid}`
  const old = `${outDir}.old-${process.pid}`
  await rm(temp, { recursive: true, force: true })
  try {
    const dirs = new Set(files.map(([path]) => dirname(join(temp, path))))
    for (const dir of dirs) await mkdir(dir, { recursive: true })
    let next = 0
    // A few writes in flight keep the disk busy without opening 36,000 files at once.
    const worker = async () => {
      while (next < files.length) {
        const [path, content] = files[next++] as OutputFile
        await writeFile(join(temp, path), content)
        if (next % 500 === 0) onWritten(next)
      }
    }
    await Promise.all(Array.from({ length: 16 }, worker))
    onWritten(files.length)
    await rename(outDir, old).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error
    })
    await rename(temp, outDir)
  } catch (error) {
    await rm(temp, { recursive: true, force: true })
    throw error
  }
  await rm(old, { recursive: true, force: true })
}

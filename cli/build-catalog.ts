/**
 * `npx tsx cli/build-catalog.ts [--out <dir>] [--report <file>] [--accept-counts] [--root <dir>]`
 *
 * Builds the catalog from data/sources/wikipedia and the rich pages in
 * data/pages (titles from data/films.json) with the steps in pipeline/, and
 * writes `<out>/films/<id>.json`, the catalog's pages
 * `<out>/catalog/<title|year>/<n>.json`, `<out>/people/<id>.json` and the
 * data-quality report `<out>/reports/data-quality.json` (default
 * .cache/catalog, git-ignored). Prints each step's time and a summary; the
 * same report (every string it could not place, every repair, merge and
 * split, with its source and reason) also goes to `--report` (default
 * .cache/catalog-report.json), which is written even when the build fails.
 * Exits 1, writing nothing, when something would make the app wrong: a
 * source that cannot be read whole, or that gives less than
 * data/source-counts.json records. `--accept-counts` records this build's
 * counts there instead of checking them: run it after a deliberate change to
 * the sources, and commit the file with the change. `--root` reads the
 * sources (and the counts) under another directory: a copy to try a change on.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { parseArgs } from 'node:util'
import { build, type BuildInput } from '../pipeline/build.ts'
import { countByReason, type ReportItem } from '../pipeline/write/report.ts'
import { REPORT_PATH, writeTree } from '../pipeline/write/write.ts'
import { progress } from './progress.ts'
import { RichPagesError } from '../pipeline/sources/rich-pages.ts'
import { ACCEPT_COMMAND, COUNTS_FILE } from '../pipeline/sources/source-counts.ts'
import { CountsFileError, readSources, writeCounts } from '../pipeline/sources/sources.ts'

const { values } = parseArgs({
  options: {
    out: { type: 'string', default: join('.cache', 'catalog') },
    report: { type: 'string', default: join('.cache', 'catalog-report.json') },
    'accept-counts': { type: 'boolean', default: false },
    root: { type: 'string', default: '.' },
  },
})
const show = progress(process.stdout)
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`

/** Films read from each source, then what the build made of them. */
function printSummary(counts: ReturnType<typeof build>['counts'], report: ReportItem[]) {
  show.line('')
  const broken = new Set(report.filter((item) => item.kind === 'fatal').map((i) => i.source.file))
  for (const source of counts.sources.filter((each) => !each.file.endsWith('.txt'))) {
    const others = source.films === source.entries ? '' : ' (the report says where the others went)'
    show.line(
      broken.has(source.file)
        ? `read ${source.file}: stopped, see the error below`
        : `read ${source.file}: ${source.films} films from ${source.entries} entries${others}`,
    )
  }
  const pages = counts.sources.filter((each) => each.file.endsWith('.txt'))
  const whole = pages.filter((page) => page.films === 1 && !broken.has(page.file))
  show.line(`read data/pages: ${whole.length} of ${pages.length} pages`)
  if (counts.films > 0) {
    show.line(
      `films: ${counts.films} (${counts.listed} list entries, ${counts.pages} rich pages, ${counts.merged} merged)`,
    )
    show.line(
      `catalog: ${counts.catalogPages.title} pages by title, ${counts.catalogPages.year} by year (and as many oldest first), ${counts.catalogPages.filtered} of decades and genres`,
    )
    show.line(`people: ${counts.people}`)
    const matched = Object.entries(counts.more.matched)
    if (matched.length > 0) {
      show.line(
        `more sources: ${matched.map(([set, n]) => `${n} ${set} records matched`).join(', ')}, ${counts.more.unmatched} not`,
      )
      show.line(
        `  films gaining: ${Object.entries(counts.more.gained)
          .map(([field, n]) => `${field} ${n}`)
          .join(', ')}`,
      )
    }
    const d = counts.directors
    if (d.names > 0)
      show.line(
        `directors: ${d.names} names, ${d.joined} joined to cast members (${d.joinedByReview} by review), ${d.created} new people (${d.keptApart} kept apart from a namesake)`,
      )
    show.line(`search: ${counts.searchShards} shards`)
  }
  for (const [kind, title] of [
    ['unplaced', 'could not place'],
    ['repaired', 'repaired and placed'],
    ['review', 'placed, for review'],
    ['fatal', 'would make the app wrong'],
  ] as const) {
    const counted = countByReason(report, kind)
    const total = counted.reduce((sum, [, n]) => sum + n, 0)
    if (total === 0) continue
    show.line(`${title}: ${total}`)
    for (const [reason, n] of counted) show.line(`  ${String(n).padStart(6)}  ${reason}`)
  }
}

async function main(): Promise<number> {
  const started = performance.now()
  const stepDone = (name: string, start: number) =>
    show.line(`${name.padEnd(24)} ${seconds(performance.now() - start).padStart(8)}`)
  const timed = async <T>(name: string, run: () => Promise<T>): Promise<T> => {
    show.update(`${name}…`)
    const start = performance.now()
    const result = await run()
    stepDone(name, start)
    return result
  }
  let input: BuildInput
  try {
    const sources = await timed('read sources', () => readSources(values.root))
    if (!sources.expected && !values['accept-counts']) {
      show.line(
        `error: ${COUNTS_FILE} is missing, so no source can be checked for lost films: run \`${ACCEPT_COMMAND}\` on sources you trust and commit it`,
      )
      show.line(`nothing was written; ${values.out} is unchanged.`)
      return 1
    }
    const { expected, ...rest } = sources
    input = values['accept-counts'] || !expected ? rest : { ...rest, expected }
  } catch (error) {
    if (
      !(error instanceof RichPagesError) &&
      !(error instanceof CountsFileError) &&
      (error as NodeJS.ErrnoException).code !== 'ENOENT'
    )
      throw error
    show.line(`error: ${(error as Error).message}`)
    show.line(`nothing was written; ${values.out} is unchanged.`)
    return 1
  }
  const result = build(input, (name, run) => {
    show.update(`${name}…`)
    const start = performance.now()
    const value = run()
    stepDone(name, start)
    return value
  })
  const fatal = result.report.filter((item) => item.kind === 'fatal')
  await mkdir(dirname(values.report), { recursive: true })
  await writeFile(values.report, `${JSON.stringify(result.report, null, 1)}\n`)
  if (fatal.length === 0) {
    const total = result.files.length
    await timed(`write ${total} files`, () =>
      writeTree(values.out, result.files, (done) =>
        show.update(`write: ${done} of ${total} files`),
      ),
    )
  }
  printSummary(result.counts, result.report)
  show.line(
    `report: ${values.report}${fatal.length === 0 ? ` and ${join(values.out, REPORT_PATH)}` : ''}`,
  )
  if (fatal.length > 0) {
    for (const item of fatal)
      show.line(
        `error: ${item.reason}: ${item.source.file}${item.source.line ? `:${item.source.line}` : ''} ${item.text}`,
      )
    show.line(`nothing was written; ${values.out} is unchanged.`)
    return 1
  }
  if (values['accept-counts']) {
    await writeCounts(result.counts.read, values.root)
    show.line(`recorded what each source gave in ${COUNTS_FILE}: commit it with the change`)
  }
  show.line(`wrote ${values.out} in ${seconds(performance.now() - started)} in all`)
  return 0
}

process.exitCode = await main()

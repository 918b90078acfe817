import * as v from 'valibot'
import { FilmSchema, type Film } from '../../../contract/film-schema.ts'
import { formatIssuePath } from '../../../contract/issue-path.ts'
import { slugify } from '../../../contract/slug.ts'
import { parseCastLine, type ParsedCredit } from './parse-cast.ts'
import { parseDidYouKnow, type ParsedDidYouKnow } from './parse-did-you-know.ts'
import { PageParseError } from './parse-error.ts'
import { joinText, toBlocks, type PageBlock, type PageLine } from './page-lines.ts'
import { emptyLists, PAGE_FIELDS, type ListReader, type PageField } from './page-fields.ts'
import { parseBudget, parseDate, parseGross, parseRating, parseRuntime } from './parse-values.ts'
import { ReviewCollector } from './review-collector.ts'

export interface PageSource {
  /** The film's title: the pages carry none. */
  readonly title: string
  /** The film's id; by default the title and year in kebab case ("mask-1985"). */
  readonly id?: string
  /** The page's file name, kept in the provenance. */
  readonly source: string
}

type Section = 'head' | 'tail' | 'specs' | 'trivia' | 'review'

const HEADERS: Readonly<Record<string, Section>> = {
  'technical specs': 'specs',
  'did you know?': 'trivia',
  'user review': 'review',
  'user reviews': 'review',
}
/** Lines the scraper leaves behind that carry no data. */
const NOISE = new Set(['no valid json found'])
const LABEL = /^([A-Za-z][A-Za-z ]{0,30}?):\s*(.*)$/
const UNKNOWN_FIELD = /^[A-Z][A-Za-z]*(?: [A-Za-z]+){0,3}: \S/
const YEAR_RANGE = { min: 1870, max: 2200 }

type Runtime = NonNullable<Film['technicalSpecs']>['runtime']

/** Every film field the page can fill, before ids are assigned. */
class Draft {
  pageDate: string | null = null
  year: number | null = null
  logline: string[] = []
  storyline: string[] = []
  rating: Film['rating'] = null
  cast: ParsedCredit[] = []
  releaseDate: Film['releaseDate'] = null
  gross: Film['gross'] = null
  budget: Film['budget'] = null
  runtime: Runtime | null = null
  readonly lists = emptyLists()
  didYouKnow: ParsedDidYouKnow[] = []
  warnings: string[] = []
  readonly reviews = new ReviewCollector((line, text) => this.warn(line, text))

  warn(line: PageLine, problem: string) {
    this.warnings.push(`line ${line.number}: ${problem}: “${line.text}”`)
  }
}

function checkIsText(text: string) {
  const lines = text.split(/\r\n|\r|\n/)
  const nul = lines.findIndex((line) => line.includes('\u0000'))
  if (nul !== -1)
    throw new PageParseError(nul + 1, 'this is a binary file, not the text of a film page')
  const first = lines.findIndex((line) => line.trim() !== '')
  if (first === -1) throw new PageParseError(1, 'the page is empty')
  if (/^\s*<(?:!doctype|html|head|body|\?xml|[a-z][a-z0-9]*[\s/>])/i.test(lines[first] ?? '')) {
    throw new PageParseError(
      first + 1,
      'this is an HTML page, not the text of a film page (save the page as plain text first)',
    )
  }
}

/** The field of a `Label: value` line this format has ("Rating: …"), else null. */
function fieldOf(line: PageLine): PageField | null {
  return PAGE_FIELDS.get(LABEL.exec(line.text)?.[1]?.toLowerCase() ?? '') ?? null
}

function readList(draft: Draft, line: PageLine, value: string, reader: ListReader) {
  const items = reader.split(value)
  if (items.length === 0) draft.warn(line, 'the field is empty')
  for (const item of items) {
    const read = reader.read(item)
    if (read === null) draft.warn(line, `could not read the ${reader.what} “${item}”`)
    else draft.lists[reader.list].push(read)
  }
}

function readField(draft: Draft, line: PageLine, field: PageField) {
  const value = line.text.slice(line.text.indexOf(':') + 1).trim()
  const once = <T>(current: T | null, next: T | null, what: string): T | null => {
    if (next === null) draft.warn(line, `could not read the ${what}`)
    else if (current !== null) draft.warn(line, `a second ${what} was ignored`)
    return current ?? next
  }
  if (field.list) return readList(draft, line, value, field.list)
  switch (field.name) {
    case 'release year': {
      const year = /^\d{4}$/.test(value) ? Number(value) : NaN
      if (!(year >= YEAR_RANGE.min && year <= YEAR_RANGE.max)) {
        throw new PageParseError(
          line.number,
          `Release Year “${value}” is not a year from ${YEAR_RANGE.min} to ${YEAR_RANGE.max}`,
        )
      }
      draft.year = once(draft.year, year, 'release year')
      break
    }
    case 'rating':
      draft.rating = once(draft.rating, parseRating(value), 'rating')
      break
    case 'release date':
      draft.releaseDate = once(draft.releaseDate, parseDate(value), 'release date')
      break
    case 'gross':
      draft.gross = once(draft.gross, parseGross(value), 'gross')
      break
    case 'budget':
      draft.budget = once(draft.budget, parseBudget(value), 'budget')
      break
    case 'runtime': {
      const { runtime, unread } = parseRuntime(value)
      for (const part of unread) draft.warn(line, `could not read the runtime version “${part}”`)
      draft.runtime = once(draft.runtime, runtime, 'runtime')
      break
    }
  }
}

/** Text between the fields: the logline, the storyline, or cast lines, told apart by position. */
function readParagraph(draft: Draft, section: Section, seenHeadField: boolean, lines: PageLine[]) {
  const castStarted = draft.cast.length > 0
  // A run of lines is cast when one of them is unmistakably a credit; the
  // others are then read leniently (a lower-case name, a name with no role).
  if (section === 'head' && seenHeadField && lines.some((line) => parseCastLine(line, true))) {
    for (const line of lines) {
      const credit = parseCastLine(line, false)
      if (credit) draft.cast.push(credit)
      else draft.warn(line, 'this line among the cast is not “Actor - Character”')
    }
    return
  }
  const [only] = lines
  if (lines.length === 1 && only && UNKNOWN_FIELD.test(only.text)) {
    draft.warn(only, 'not a field this format has')
    return
  }
  const text = joinText(lines)
  if (section === 'head' && !castStarted) {
    if (!seenHeadField && draft.logline.length === 0) draft.logline.push(text)
    else draft.storyline.push(text)
    return
  }
  for (const line of lines) draft.warn(line, 'text out of place')
}

function collect(blocks: PageBlock[]): Draft {
  const draft = new Draft()
  let section: Section = 'head'
  let seenHeadField = false
  blocks.forEach((block, blockIndex) => {
    const header = block.length === 1 ? HEADERS[block[0]?.text.toLowerCase() ?? ''] : undefined
    if (header) {
      section = header
      if (header === 'review') draft.reviews.start(block[0] as PageLine)
      return
    }
    if (section === 'trivia') return void draft.didYouKnow.push(parseDidYouKnow(block))
    if (section === 'review') return draft.reviews.add(block)

    let paragraph: PageLine[] = []
    const flush = () => {
      if (paragraph.length > 0) readParagraph(draft, section, seenHeadField, paragraph)
      paragraph = []
    }
    block.forEach((line, lineIndex) => {
      if (blockIndex === 0 && lineIndex === 0) {
        const date = parseDate(line.text)
        if (date && date.country === null) return void (draft.pageDate = date.date)
      }
      if (NOISE.has(line.text.toLowerCase())) return
      const field = fieldOf(line)
      if (field === null) return void paragraph.push(line)
      flush()
      readField(draft, line, field)
      if (field.section === 'head') seenHeadField = true
      else if (field.section === 'specs') section = 'specs'
      else if (section === 'head') section = 'tail'
    })
    flush()
  })
  // A section header with nothing after it is a page cut off there: reading
  // on would serve the film without the section, in silence.
  const last = blocks.at(-1)
  const header = last?.length === 1 ? last[0] : undefined
  if (header && HEADERS[header.text.toLowerCase()]) {
    throw new PageParseError(
      header.number,
      `the page ends at its “${header.text}” header, with nothing under it: it is cut short (restore the page whole, or remove the header)`,
    )
  }
  draft.reviews.finish()
  return draft
}

function assignIds(items: ParsedDidYouKnow[]): Film['didYouKnow'] {
  const counts = { trivia: 0, goof: 0, quote: 0 }
  return items.map((item) => {
    counts[item.kind] += 1
    return { id: `${item.kind}-${counts[item.kind]}`, ...item }
  })
}

/**
 * Turns the text of a film page into film data that the app's schema accepts,
 * or throws a PageParseError naming the line. What it reads but cannot place
 * is kept as a warning in the provenance, never silently dropped.
 */
export function parsePage(text: string, page: PageSource): Film {
  checkIsText(text)
  const draft = collect(toBlocks(text))
  const year = draft.year ?? (draft.releaseDate ? Number(draft.releaseDate.date.slice(0, 4)) : null)
  if (year === null) {
    throw new PageParseError(
      1,
      'this does not look like a film page: it has no “Release Year:” line (nor a “Release Date:”)',
    )
  }
  const cast = draft.cast.map((credit, index) => ({ id: `cast-${index + 1}`, ...credit }))
  const { lists, runtime } = draft
  const { soundMixes, colors, aspectRatios } = lists
  const hasSpecs = runtime !== null || soundMixes.length + colors.length + aspectRatios.length > 0
  const film: Film = {
    schemaVersion: 3,
    id: page.id ?? slugify(page.title, year),
    title: page.title,
    year,
    releaseDate: draft.releaseDate,
    logline: draft.logline.join('\n\n') || null,
    storyline: draft.storyline,
    rating: draft.rating,
    directors: lists.directors,
    writers: lists.writers,
    stars: lists.stars.map((name) => ({
      name,
      castId: cast.find((credit) => credit.actor === name)?.id ?? null,
    })),
    cast,
    alsoKnownAs: lists.alsoKnownAs,
    taglines: lists.taglines,
    countries: lists.countries,
    languages: lists.languages,
    filmingLocations: lists.filmingLocations,
    productionCompanies: lists.productionCompanies,
    budget: draft.budget,
    gross: draft.gross,
    // Null when the page gives no technical spec at all.
    technicalSpecs: hasSpecs ? { runtime, soundMixes, colors, aspectRatios } : null,
    didYouKnow: assignIds(draft.didYouKnow),
    reviews: draft.reviews.list.map((review, index) => ({ id: `review-${index + 1}`, ...review })),
    provenance: { source: page.source, pageDate: draft.pageDate, warnings: draft.warnings },
    // A page names no genres and links no article; the catalog pipeline adds
    // the list's when it merges the film with its list entry.
    genres: [],
    wikipedia: null,
    sources: {
      overview: ['page'],
      cast: cast.length > 0 ? ['page'] : [],
      trivia: draft.didYouKnow.length > 0 ? ['page'] : [],
      reviews: draft.reviews.list.length > 0 ? ['page'] : [],
    },
  }
  const result = v.safeParse(FilmSchema, film)
  if (!result.success) {
    const [issue] = result.issues
    throw new PageParseError(
      1,
      `the page gives data the film schema rejects at ${formatIssuePath(issue)}: ${issue.message}`,
    )
  }
  return film
}

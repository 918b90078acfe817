import type MiniSearch from 'minisearch'
import type { SearchResult } from 'minisearch'
import type { ShardDocument } from './search-shard.ts'
import { stopShardKey, topShardKey, yearShardKey } from './search-shard.ts'
import { allForms, queryForm } from './search-forms.ts'
import { searchWords, SHARD_KEY_MIN, STOPWORDS, YEAR_WORD } from './search-text.ts'

/**
 * The query side of the search (ADR 11): picks the shard of each word, asks
 * MiniSearch for its matches there, keeps the records every word matches,
 * and ranks them so the obvious answer comes first:
 *
 * 1. the whole title or name as typed (articles included), then the same
 *    words in any order without the articles, then prefix and one-typo
 *    matches;
 * 2. among equals, films and people by notability (ADR 15: votes, sources,
 *    careers, the films named after it; a person by their films), so the
 *    1978 Halloween comes before its remakes and a re-release after its
 *    original;
 * 3. a year typed with a title ("carmen 1915") lifts that year's films.
 *
 * The last word matches as a prefix while it is being typed; words of four
 * letters or more forgive one typo.
 */

export type Shard = MiniSearch<ShardDocument>

export interface FilmHit {
  readonly kind: 'film'
  readonly id: string
  readonly title: string
  readonly year: number
  /** What tells it from a film of the same title and year. */
  readonly distinction?: string
  /** The first names of its cast, as billed. */
  readonly names: readonly string[]
  readonly score: number
}

export interface PersonHit {
  readonly kind: 'person'
  readonly id: string
  readonly name: string
  /** Tells namesakes apart: "1917–1928". */
  readonly label: string | null
  readonly films: number
  readonly score: number
}

export type SearchHit = FilmHit | PersonHit

export interface ShardDirectory {
  /** Keys of the shards of words. */
  readonly leaves: readonly string[]
  /** Prefixes split one letter deeper. */
  readonly splits: readonly string[]
  /** Stopwords with a shard. */
  readonly stops: readonly string[]
  /** The first and last year with a shard of its films. */
  readonly years?: readonly [number, number] | undefined
}

/**
 * A shard by key, or null when no term has that key (a word nothing starts
 * with); `signal` aborts when no query wants the shard any longer.
 */
export type LoadShard = (key: string, signal: AbortSignal) => Promise<Shard | null>

type WordKind = 'letter' | 'stop' | 'year' | 'word'

interface QueryWord {
  readonly word: string
  /** The word being typed: it matches as a prefix. */
  readonly last: boolean
  readonly kind: WordKind
}

interface Candidate {
  readonly document: ShardDocument & { readonly id: string }
  /** How well the words match, summed: 1 a word exactly, less as a prefix or typo. */
  quality: number
  /** Words matched only with a typo. */
  typos: number
  /** A film of the year typed alone, not matched by its title: ranked by notability alone. */
  readonly ofYear?: true
}

const FUZZY_FROM = 4

/**
 * How long a query whose word is still being typed waits before it asks
 * for that word's top shard (a split prefix's, `st~` for "st"): a reader
 * who types two letters most often types a third, whose shard is another
 * (`sta`), so the top shard would be bytes for nothing. The next key drops
 * the query before it asks; a reader who stops at two letters waits this
 * long more (issue 30: the bytes of a query typed a key at a time).
 */
export const TOP_SHARD_PAUSE_MS = 200

/** Resolves after `ms`, or rejects with the signal's reason once it aborts. */
const pause = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const stop = () => {
      clearTimeout(timer)
      reject(signal.reason as Error)
    }
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', stop)
      resolve()
    }, ms)
    signal.addEventListener('abort', stop, { once: true })
  })

/** Matches of a surname to look through for people, and the best known of them to pair. */
const SURNAME_HITS = 60
const SURNAME_PEOPLE = 3

/**
 * What a point of notability (0–99, ADR 15) adds to a match's score: the
 * whole range is worth a little more than a prefix against a whole word, so
 * it orders matches of one strength without lifting a weaker match over
 * a far stronger one.
 */
const FAME = 0.02

/**
 * How well `word` matched a record: exactly 1, a prefix 0.3–0.6 (more of the
 * term typed, more), a typo 0.2: a whole word outranks a prefix and a prefix
 * a typo, whatever their notability ("et" is E.T. before Ethan Hawke; "cher"
 * gives Cheri Oteri before Joan Chen).
 */
function wordQuality(word: string, terms: readonly string[]): number {
  if (terms.includes(word)) return 1
  const longest = terms
    .filter((term) => term.startsWith(word))
    .reduce((best, term) => Math.max(best, word.length / term.length), 0)
  return longest ? PREFIX + PREFIX * longest : TYPO
}

/** A film of the year typed alone: under a title with the year (at least 1 + 1), whatever its fame. */
const OF_YEAR = -FAME * 100

const PREFIX = 0.3
const TYPO = 0.2
/** A typo costs more than the whole range of notability: "cher" lists every Cheryl before Joan Chen. */
const TYPO_COST = 2

/** The record's words containing the query word (a prefix while typed), as a quality, or 0. */
function textQuality(word: QueryWord, words: readonly string[]): number {
  if (words.includes(word.word)) return 1
  const prefix = word.last && words.find((each) => each.startsWith(word.word))
  return prefix ? PREFIX + PREFIX * (word.word.length / prefix.length) : 0
}

function kindOf(word: string): WordKind {
  if (word.length < SHARD_KEY_MIN) return 'letter'
  if (STOPWORDS.has(word)) return 'stop'
  return YEAR_WORD.test(word) ? 'year' : 'word'
}

export function parseQuery(query: string): QueryWord[] {
  const words = [...new Set(searchWords(query).map(queryForm))]
  // A space or a full stop after the last word ("e.t.") ends it: it is no longer a prefix.
  const typing = !/[\s.]$/u.test(query)
  return words.map((word, index) => ({
    word,
    last: typing && index === words.length - 1,
    kind: kindOf(word),
  }))
}

function hit(document: Candidate['document'], score: number): SearchHit {
  return document.f === undefined
    ? {
        kind: 'film',
        id: document.id,
        title: document.t,
        year: document.y ?? 0,
        ...(document.d ? { distinction: document.d } : {}),
        names: document.n ?? [],
        score,
      }
    : {
        kind: 'person',
        id: document.id,
        name: document.t,
        label: document.l ?? null,
        films: document.f,
        score,
      }
}

/**
 * Each call takes the signal of the query it answers: once the reader has
 * typed on, the query is dropped, and so is every shard only it was loading
 * (the shard of "st" when "sta" has its own on the way), so that stale
 * prefixes spend neither the reader's bytes nor the network the new shard
 * needs. The call then rejects with the signal's reason.
 */
export interface SearchEngine {
  /** The best records for the query, best first; [] for a query with nothing to search by. */
  search(query: string, limit?: number, signal?: AbortSignal): Promise<SearchHit[]>
  /** The two people a query names one after the other ("cher nicolas cage"), or null. */
  twoPeople(query: string, signal?: AbortSignal): Promise<readonly [PersonHit, PersonHit] | null>
  /**
   * Two surnames alone ("bogart bacall"): the pairs of people they may name,
   * the best known first; which pair shares films, their files tell.
   */
  surnamePairs(
    query: string,
    signal?: AbortSignal,
  ): Promise<ReadonlyArray<readonly [PersonHit, PersonHit]>>
  /** The shard a word is looked up in. */
  shardOf(word: string): string
}

export function createSearchEngine(directory: ShardDirectory, load: LoadShard): SearchEngine {
  const leaves = new Set(directory.leaves)
  const splits = new Set(directory.splits)
  const stops = new Set(directory.stops)
  interface Loading {
    readonly shard: Promise<Shard | null>
    readonly stop: AbortController
    /** The queries waiting for it; a call without a signal holds it for good. */
    wanted: number
    done: boolean
  }
  const shards = new Map<string, Loading>()
  const shard = (key: string, signal?: AbortSignal): Promise<Shard | null> => {
    // A key with no shard: no record has a term that starts so.
    if (!leaves.has(key) && !key.includes('~')) return Promise.resolve(null)
    signal?.throwIfAborted()
    let loading = shards.get(key)
    if (!loading) {
      const stop = new AbortController()
      const entry: Loading = { shard: load(key, stop.signal), stop, wanted: 0, done: false }
      entry.shard.then(
        () => (entry.done = true),
        // A failed load is not kept: the next keystroke tries again.
        () => shards.get(key) === entry && shards.delete(key),
      )
      shards.set(key, entry)
      loading = entry
    }
    if (loading.done || !signal) {
      if (!signal) loading.wanted = Infinity
      return loading.shard
    }
    const entry = loading
    entry.wanted += 1
    return new Promise((resolve, reject) => {
      // Left loading until the next query asks for its own (release below):
      // the next key's query most often wants the same shard.
      const drop = () => {
        entry.wanted -= 1
        reject(signal.reason as Error)
      }
      signal.addEventListener('abort', drop, { once: true })
      entry.shard.then(
        (value) => {
          signal.removeEventListener('abort', drop)
          resolve(value)
        },
        (error: unknown) => {
          signal.removeEventListener('abort', drop)
          reject(error as Error)
        },
      )
    })
  }
  /**
   * A query is about to ask for `keys`: a shard still loading that no query
   * waits for and that this one does not need either was a prefix typed
   * past (the shard of "st" once "sta" has its own): it stops.
   */
  const release = (keys: ReadonlySet<string>) => {
    for (const [key, entry] of shards) {
      if (entry.done || entry.wanted > 0 || keys.has(key)) continue
      shards.delete(key)
      entry.stop.abort(new DOMException('Typed past', 'AbortError'))
    }
  }

  /** The first prefix of the word that is not split; the word's top shard when it is itself split. */
  function shardOf(word: string): string {
    for (let length = SHARD_KEY_MIN; length <= word.length; length += 1) {
      const key = word.slice(0, length)
      if (!splits.has(key)) return key
    }
    return topShardKey(word)
  }

  async function search(query: string, limit = 20, signal?: AbortSignal): Promise<SearchHit[]> {
    const words = parseQuery(query)
    let required = words.filter((word) => word.kind === 'word')
    let years = words.filter((word) => word.kind === 'year')
    // A year alone ("1915") is a title word, as there are films called
    // "1941", and it lists that year's films after the titles.
    const alone = words.length === 1 && years.length === 1 ? Number(years[0]?.word) : 0
    if (!required.length && years.length) [required, years] = [years, []]
    // An index without years gives an empty range.
    const [first = 1, last = 0] = directory.years ?? []
    const yearKey = alone >= first && alone <= last ? yearShardKey(alone) : null
    const stopOnly = !required.length
    if (stopOnly) {
      // "the": the shard of its rarest stopword ("the" is the commonest).
      required = words.filter((word) => word.kind === 'stop' && stops.has(word.word))
      required.sort((a, b) => Number(a.word === 'the') - Number(b.word === 'the'))
      required = required.slice(0, 1)
      if (!required.length) return []
    }
    const keyOf = (word: QueryWord) => (stopOnly ? stopShardKey(word.word) : shardOf(word.word))
    // A top shard holds only the most notable records of its prefix: a word
    // looked up there filters the other words' matches by the shown text,
    // unless every word is like that.
    const partial = (word: QueryWord) => !stopOnly && keyOf(word).endsWith('~')
    const full = required.filter((word) => !partial(word))
    const filters = full.length ? required.filter(partial) : []
    // Only the shards looked up in: not a filtering word's, nor a year's
    // typed with a title (it lifts that year's films, from the text).
    const keys = [...new Set((full.length ? full : required).map(keyOf))]
    const typed = words.find((word) => word.last)
    const top = typed && !stopOnly ? topShardKey(typed.word) : ''
    if (signal && keys.includes(top) && !shards.has(top)) {
      signal.throwIfAborted()
      await pause(TOP_SHARD_PAUSE_MS, signal)
    }
    if (signal) release(new Set(yearKey ? [...keys, yearKey] : keys))
    const ofYear = yearKey ? shard(yearKey, signal) : null
    // Awaited below, unless the query is dropped first: not an unhandled rejection then.
    ofYear?.catch(() => {})
    const loaded = new Map(
      await Promise.all(keys.map(async (key) => [key, await shard(key, signal)] as const)),
    )

    const run = (word: QueryWord): SearchResult[] => {
      const index = loaded.get(keyOf(word))
      if (!index) return []
      if (stopOnly) return index.search(word.word)
      return index.search(word.word, {
        prefix: word.last,
        // A number is never a typo of another: "1917" is not 1915 nor 1937.
        fuzzy: word.word.length >= FUZZY_FROM && !/\d/u.test(word.word) ? 1 : false,
        maxFuzzy: 1,
      })
    }
    let found: Map<string, Candidate> | null = null
    if (!full.length && required.length > 1) {
      // Intersecting truncated lists would lose answers: take their union and
      // keep a record when each word is among its matches or in its text.
      const per = required.map((word) => new Map(run(word).map((result) => [result.id, result])))
      found = new Map()
      for (const matches of per) {
        for (const [id, result] of matches) {
          if (found.has(id)) continue
          const text = allForms(searchWords(String(result.t)))
          let quality = 0
          let typos = 0
          const every = required.every((word, index) => {
            const match = per[index]?.get(id)
            const value = match ? wordQuality(word.word, match.terms) : textQuality(word, text)
            quality += value
            if (value === TYPO) typos += 1
            return value > 0
          })
          if (every) found.set(id, { document: result as never, quality, typos })
        }
      }
    } else {
      for (const word of full.length ? full : required) {
        const next = new Map<string, Candidate>()
        for (const result of run(word)) {
          const before: Candidate | undefined = found?.get(result.id as string)
          if (found && !before) continue
          const value = wordQuality(word.word, result.terms)
          next.set(result.id as string, {
            document: before?.document ?? (result as never),
            quality: (before?.quality ?? 0) + value,
            typos: (before?.typos ?? 0) + Number(value === TYPO),
          })
        }
        found = next
        if (!found.size) break
      }
    }
    if (ofYear) {
      found ??= new Map()
      for (const result of (await ofYear)?.search(String(alone)) ?? []) {
        const id = result.id as string
        if (!found.has(id))
          found.set(id, { document: result as never, quality: 0, typos: 0, ofYear: true })
      }
    }
    if (!found?.size) return []
    for (const [id, candidate] of found) {
      const text = allForms(searchWords(candidate.document.t))
      for (const word of filters) {
        const value = textQuality(word, text)
        if (!value) {
          found.delete(id)
          break
        }
        candidate.quality += value
      }
    }
    return rank([...found.values()], words, required, years, stopOnly).slice(0, limit)
  }

  async function twoPeople(query: string, signal?: AbortSignal) {
    const words = searchWords(query)
    if (words.length < 2 || words.length > 8) return null
    const person = async (part: readonly string[]) => {
      const wanted = part.join(' ')
      // The whole name typed, so the last word is not a prefix here.
      const hits = await search(`${wanted} `, 5, signal)
      return hits.find(
        (each): each is PersonHit =>
          each.kind === 'person' && searchWords(each.name).join(' ') === wanted,
      )
    }
    for (let split = 1; split < words.length; split += 1) {
      const [first, second] = await Promise.all([
        person(words.slice(0, split)),
        person(words.slice(split)),
      ])
      if (first && second && first.id !== second.id) return [first, second] as const
    }
    return null
  }

  async function surnamePairs(query: string, signal?: AbortSignal) {
    const words = searchWords(query)
    if (words.length !== 2) return []
    const named = async (surname: string) =>
      (await search(`${surname} `, SURNAME_HITS, signal))
        .filter(
          (each): each is PersonHit =>
            each.kind === 'person' && searchWords(each.name).at(-1) === surname,
        )
        .slice(0, SURNAME_PEOPLE)
    const [firsts = [], seconds = []] = await Promise.all(words.map(named))
    return firsts
      .flatMap((first) =>
        seconds
          .filter((second) => second.id !== first.id)
          .map((second) => [first, second] as const),
      )
      .sort((a, b) => b[0].score + b[1].score - (a[0].score + a[1].score))
  }

  return { search, twoPeople, surnamePairs, shardOf }
}

function rank(
  candidates: readonly Candidate[],
  words: readonly QueryWord[],
  required: readonly QueryWord[],
  optionalYears: readonly QueryWord[],
  stopOnly: boolean,
): SearchHit[] {
  const letters = words.filter((word) => word.kind === 'letter')
  const stopWords = words.filter((word) => word.kind === 'stop').map((word) => word.word)
  const years = optionalYears.map((word) => Number(word.word))
  const core = required.map((word) => word.word)
  const coreSorted = [...core].sort().join(' ')
  // What was typed of the title: a year after it is not part of it.
  const typed = words
    .filter((word) => !optionalYears.includes(word))
    .map((word) => word.word)
    .join(' ')
  const hits: SearchHit[] = []
  for (const { document, quality, typos, ofYear } of candidates) {
    if (ofYear) {
      // Below every title that matches the year, the best known first.
      hits.push(hit(document, OF_YEAR + FAME * (document.p ?? 0)))
      continue
    }
    const text = searchWords(document.t)
    const forms = allForms(text)
    // One-letter words ("a", "j") only filter, on the shown text.
    if (
      letters.some(
        (word) =>
          !forms.some((each) => (word.last ? each.startsWith(word.word) : each === word.word)),
      )
    )
      continue
    const content = text.filter((each) => !STOPWORDS.has(each))
    let score = quality / Math.max(required.length, 1)
    if (text.join(' ') === typed) score += 3
    else if (!stopOnly && [...content].sort().join(' ') === coreSorted) score += 2
    // How much of the title the words cover, as well as they match it.
    if (!stopOnly) score += quality / Math.max(content.length, 1)
    if (stopWords.length)
      score += (0.5 * stopWords.filter((word) => text.includes(word)).length) / stopWords.length
    if (document.y !== undefined && years.includes(document.y)) score += 2
    score += FAME * (document.p ?? 0) - TYPO_COST * typos
    hits.push(hit(document, score))
  }
  return hits.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1))
}

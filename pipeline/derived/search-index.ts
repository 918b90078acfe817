import { createHash } from 'node:crypto'
import MiniSearch from 'minisearch'
import { inDataDir, SEARCH_MANIFEST_FILE, shardFile } from '../../contract/data-files.ts'
import type { Film } from '../../contract/film-schema.ts'
import type { Person } from '../../contract/person-schema.ts'
import type { SearchManifest } from '../../contract/search-schema.ts'
import {
  SHARD_OPTIONS,
  stopShardKey,
  topShardKey,
  yearShardKey,
  type ShardDocument,
} from '../../contract/search-shard.ts'
import { allForms } from '../../contract/search-forms.ts'
import { indexTerms, SHARD_KEY_MIN, STOPWORDS } from '../../contract/search-text.ts'
import type { OutputFile } from '../write/write.ts'
import { groupBy } from './group-by.ts'
import { notability, type Notability, type NotableFilm, type NotablePerson } from './notability.ts'

/**
 * The search index, as shards a browser loads one at a time
 * (ADR 11). A shard holds the records with a term starting with its key,
 * the first two letters of the term; a key with more records than
 * `SPLIT_AT` splits one letter deeper, and keeps a "top" shard of its most
 * notable records for a query of the key alone. Each stopword has a shard of
 * the most notable records that have it. Pure: records in, files out.
 */

export const SEARCH_LIMITS = {
  /** A shard with more records than this splits one letter deeper. */
  splitAt: 700,
  /** Films and people each, in a split prefix's top shard and in a stopword's. */
  top: 150,
  /** Keys stop splitting at this length (a word shared by thousands of titles). */
  maxKey: 24,
} as const

const BILLED = 3

interface Entry {
  readonly document: ShardDocument
  readonly kind: 'film' | 'person'
  /** Terms that choose shards: no stopwords, two letters or more. */
  readonly terms: readonly string[]
  readonly stops: readonly string[]
  readonly all: readonly string[]
  /** Notability (ADR 15). */
  readonly weight: number
}

/** What the index reads of a film and a person: what it shows, and what notability reads. */
export type SearchFilm = Pick<Film, 'distinction'> & NotableFilm
export type SearchPerson = Pick<Person, 'name' | 'label'> & NotablePerson

function entries(
  films: readonly SearchFilm[],
  people: readonly SearchPerson[],
  scores: Notability,
): Entry[] {
  const split = (text: string) => {
    const all = indexTerms(text, allForms)
    return {
      all,
      terms: all.filter((term) => term.length >= SHARD_KEY_MIN && !STOPWORDS.has(term)),
      stops: all.filter((term) => STOPWORDS.has(term)),
    }
  }
  const filmEntries = films.map((film): Entry => {
    const p = scores.films.get(film.id) ?? 0
    const names = film.cast.slice(0, BILLED).map((credit) => credit.actor)
    return {
      document: {
        id: film.id,
        t: film.title,
        y: film.year,
        ...(film.distinction ? { d: film.distinction } : {}),
        ...(names.length ? { n: names } : {}),
        p,
      },
      kind: 'film',
      weight: p,
      ...split(film.title),
    }
  })
  const personEntries = people.map((person): Entry => ({
    document: {
      id: person.id,
      t: person.name,
      f: person.films,
      p: scores.people.get(person.id) ?? 0,
      ...(person.label ? { l: person.label } : {}),
    },
    kind: 'person',
    weight: scores.people.get(person.id) ?? 0,
    ...split(person.name),
  }))
  return [...filmEntries, ...personEntries]
}

/** The `count` heaviest films and the `count` heaviest people of `list`, ties by id. */
function top(list: readonly Entry[], count: number): Entry[] {
  const heaviest = (kind: Entry['kind']) =>
    list
      .filter((entry) => entry.kind === kind)
      .sort((a, b) => b.weight - a.weight || (a.document.id < b.document.id ? -1 : 1))
      .slice(0, count)
  return [...heaviest('film'), ...heaviest('person')]
}

/** Shard keys, each with its records: two letters, deeper where a key holds too many. */
function chooseKeys(all: readonly Entry[]) {
  const leaves = new Map<string, Entry[]>()
  /** Each split prefix with every record that has a term of it: its top shard is drawn from them. */
  const splits = new Map<string, Entry[]>()
  const place = (prefix: string, list: Entry[]) => {
    if (list.length <= SEARCH_LIMITS.splitAt || prefix.length >= SEARCH_LIMITS.maxKey) {
      leaves.set(prefix, list)
      return
    }
    splits.set(prefix, list)
    const deeper = new Map<string, Set<Entry>>()
    for (const entry of list) {
      for (const term of entry.terms) {
        if (term.length <= prefix.length || !term.startsWith(prefix)) continue
        const key = term.slice(0, prefix.length + 1)
        deeper.set(key, (deeper.get(key) ?? new Set()).add(entry))
      }
    }
    for (const [key, set] of deeper) place(key, [...set])
  }
  const byPrefix = new Map<string, Set<Entry>>()
  for (const entry of all) {
    for (const term of entry.terms) {
      const key = term.slice(0, SHARD_KEY_MIN)
      byPrefix.set(key, (byPrefix.get(key) ?? new Set()).add(entry))
    }
  }
  for (const [key, set] of byPrefix) place(key, [...set])
  return { leaves, splits }
}

/** One shard's JSON: the records, each indexed by its terms that `keep` accepts. */
function shardJson(list: readonly Entry[], keep: (term: string) => boolean): string {
  const index = new MiniSearch<ShardDocument & { x: string }>(SHARD_OPTIONS as never)
  // In id order, so a shard's bytes do not depend on the order records came in.
  const sorted = [...list].sort((a, b) => (a.document.id < b.document.id ? -1 : 1))
  index.addAll(sorted.map((entry) => ({ ...entry.document, x: entry.all.filter(keep).join(' ') })))
  return JSON.stringify(index)
}

/**
 * A shard of each year's best-known films, first year to last (empty for a
 * year with none, so no year in the range is ever a missing file), indexed
 * by the year alone: a year typed alone lists them (contract/search-engine.ts).
 * The most notable `top`, as a stopword's shard keeps: a year's whole list is
 * up to 700 films, 36 kB compressed, for a list that shows 20; the catalog's
 * decade views list them all.
 */
function yearShards(all: readonly Entry[]) {
  const byYear = groupBy(all, (entry) =>
    entry.kind === 'film' && entry.document.y !== undefined ? [entry.document.y] : [],
  )
  const shards = new Map<string, string>()
  if (!byYear.size) return { shards, range: null }
  const range = [Math.min(...byYear.keys()), Math.max(...byYear.keys())] as const
  for (let year = range[0]; year <= range[1]; year += 1) {
    const list = top(byYear.get(year) ?? [], SEARCH_LIMITS.top).map((entry) => ({
      ...entry,
      all: [String(year)],
    }))
    shards.set(
      yearShardKey(year),
      shardJson(list, () => true),
    )
  }
  return { shards, range: [range[0], range[1]] as [number, number] }
}

export interface SearchIndex {
  readonly manifest: SearchManifest
  /** `search/manifest.json` and `search/<version>/<key>.json` for every shard. */
  readonly files: OutputFile[]
  /** Shard sizes, for the build's summary and the bench. */
  readonly shards: number
}

export function searchIndex(
  films: readonly SearchFilm[],
  people: readonly SearchPerson[],
  // The build works the scores out once, for the front page's films too.
  scores: Notability = notability(films, people),
): SearchIndex {
  const all = entries(films, people, scores)
  const { leaves, splits } = chooseKeys(all)
  const shards = new Map<string, string>()
  for (const [key, list] of leaves) {
    shards.set(
      key,
      shardJson(list, (term) => term.startsWith(key) && !STOPWORDS.has(term)),
    )
  }
  // The records placed under a prefix, not a scan of all of them a prefix:
  // that scan made the index 90 times slower at ten times the catalog (ADR 19).
  for (const [prefix, having] of splits) {
    // The most notable records with a term of the prefix, and with the prefix
    // as a whole word ("ch" the name), for a query of the prefix alone.
    const exact = having.filter((entry) => entry.terms.includes(prefix))
    const list = [...new Set([...top(having, SEARCH_LIMITS.top), ...top(exact, SEARCH_LIMITS.top)])]
    shards.set(
      topShardKey(prefix),
      shardJson(list, (term) => term.startsWith(prefix) && !STOPWORDS.has(term)),
    )
  }
  const stops: string[] = []
  for (const word of [...STOPWORDS].sort()) {
    const having = all.filter((entry) => entry.stops.includes(word))
    if (!having.length) continue
    // Titles made of stopwords alone ("It") are found only here: keep them all.
    const only = having.filter((entry) => entry.terms.length === 0)
    const list = [...new Set([...top(having, SEARCH_LIMITS.top), ...only])]
    shards.set(
      stopShardKey(word),
      shardJson(list, (term) => STOPWORDS.has(term)),
    )
    stops.push(word)
  }
  const years = yearShards(all)
  for (const [key, json] of years.shards) shards.set(key, json)
  const keys = [...shards.keys()].sort()
  const hash = createHash('sha256')
  for (const key of keys)
    hash
      .update(key)
      .update('\0')
      .update(shards.get(key) as string)
  const manifest: SearchManifest = {
    schemaVersion: 1,
    version: hash.digest('hex').slice(0, 12),
    records: all.length,
    leaves: [...leaves.keys()].sort(),
    splits: [...splits.keys()].sort(),
    stops,
    ...(years.range ? { years: years.range } : {}),
  }
  return {
    manifest,
    shards: keys.length,
    files: [
      [inDataDir(SEARCH_MANIFEST_FILE), `${JSON.stringify(manifest)}\n`],
      ...keys.map((key): OutputFile => [
        inDataDir(shardFile(manifest.version, key)),
        shards.get(key) as string,
      ]),
    ],
  }
}

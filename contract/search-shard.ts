import type { Options } from 'minisearch'

/**
 * The shape of one search shard, shared by the build that writes it and the
 * browser that reads it: a MiniSearch index of one field, `x`, holding the
 * record's terms that start with the shard's key, already folded (so neither
 * side tokenises twice), and the fields a result shows.
 */
export interface ShardDocument {
  readonly id: string
  /** The title or the name. */
  readonly t: string
  /** Films: the year. */
  readonly y?: number
  /** Films: what tells it from a film of the same title and year ("Cecil B. DeMille"). */
  readonly d?: string
  /** Films: the first names of the cast, as billed. */
  readonly n?: readonly string[]
  /** Notability, 0 to 99 (ADR 15): how well known the film or person is. */
  readonly p?: number
  /** People: how many films. */
  readonly f?: number
  /** People: what tells namesakes apart ("1917–1928"). */
  readonly l?: string
}

export const SHARD_OPTIONS: Options<ShardDocument> = {
  fields: ['x'],
  storeFields: ['t', 'y', 'd', 'n', 'p', 'f', 'l'],
  tokenize: (text) => text.split(' '),
  processTerm: (term) => term,
}

/** A split prefix's shard of its most notable records: `ch~`. */
export const topShardKey = (prefix: string) => `${prefix}~`
/** A stopword's shard: `~the`. */
export const stopShardKey = (word: string) => `~${word}`
/** A year's shard, every film of that year, for a year typed alone: `~1917`. */
export const yearShardKey = (year: string | number) => `~${year}`

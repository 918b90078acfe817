import * as v from 'valibot'

/**
 * `data/search/manifest.json`, written by the pipeline
 * (pipeline/derived/search-index.ts): which shards exist, so the browser asks only
 * for the one a word needs. The shards sit under the build's hash
 * (`data/search/<version>/<key>.json`), so an open page never mixes two
 * deploys' shards; only this small file is fetched fresh.
 */
const Key = v.pipe(
  v.string(),
  v.regex(/^[\p{Ll}\p{Lm}\p{Lo}\p{N}]+$/u, 'a shard key is folded letters and digits'),
)

export const SearchManifestSchema = v.object({
  schemaVersion: v.literal(1),
  version: v.pipe(v.string(), v.regex(/^[0-9a-f]{8,64}$/, 'the version is a hash')),
  /** Films and people indexed. */
  records: v.pipe(v.number(), v.integer(), v.minValue(0)),
  /** Every shard of words, by key: a word whose key is not here matches nothing, with no request. */
  leaves: v.array(Key),
  /** Prefixes whose shard was split one letter deeper; each keeps a top shard (`ch~`). */
  splits: v.array(Key),
  /** Stopwords that have a shard (`~the`). */
  stops: v.array(Key),
  /**
   * The first and last year of the films; each year between has a shard of
   * its films (`~1917`, empty for a year with none), so a year typed alone
   * lists that year's films. Absent in an index written before it.
   */
  years: v.optional(
    v.pipe(
      v.tuple([v.pipe(v.number(), v.integer()), v.pipe(v.number(), v.integer())]),
      v.check(([first, last]) => first <= last, 'the first year comes before the last'),
    ),
  ),
})

export type SearchManifest = v.InferOutput<typeof SearchManifestSchema>

import MiniSearch from 'minisearch'
import * as v from 'valibot'
import { SEARCH_MANIFEST_FILE, shardFile } from '../../../../contract/data-files.ts'
import { createSearchEngine, type SearchEngine } from '../../../../contract/search-engine.ts'
import { SHARD_OPTIONS } from '../../../../contract/search-shard.ts'
import { dataUrl, fetchJson } from '../../../data/fetch-json.ts'
import { DataLoadError, isDataLoadError } from '../../../data/load-error.ts'
import { SearchManifestSchema } from '../../../../contract/search-schema.ts'
import { validate } from '../../../data/validate.ts'

/**
 * The search's boundary, in a chunk of its own that loads when someone
 * starts to search (ADR 11): the manifest, validated, then each shard a
 * word needs, once. MiniSearch checks a shard's structure as it loads it;
 * the fields a result shows are checked here, so a damaged shard is an
 * error that names its file, never a result without a title.
 */

const StoredSchema = v.record(
  v.string(),
  v.object({
    t: v.pipe(v.string(), v.nonEmpty()),
    y: v.optional(v.pipe(v.number(), v.integer())),
    n: v.optional(v.array(v.string())),
    p: v.optional(v.number()),
    f: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
    l: v.optional(v.string()),
  }),
)
const ShardSchema = v.looseObject({
  documentCount: v.pipe(v.number(), v.integer(), v.minValue(0)),
  storedFields: StoredSchema,
})

async function loadShard(version: string, key: string, signal: AbortSignal) {
  const url = dataUrl(shardFile(version, key))
  let raw: unknown
  try {
    raw = await fetchJson(url, signal)
  } catch (error) {
    // No shard: no term starts with these letters, so nothing matches.
    if (isDataLoadError(error) && error.kind === 'not-found') return null
    throw error
  }
  validate(ShardSchema, raw, url)
  try {
    return MiniSearch.loadJS(raw as never, SHARD_OPTIONS as never)
  } catch (error) {
    throw new DataLoadError('schema', `The search index is damaged: ${(error as Error).message}.`, {
      url,
    })
  }
}

let engine: Promise<SearchEngine> | null = null

/** The engine, made once per page; a failure is not kept, so the next keystroke tries again. */
export function searchEngine(): Promise<SearchEngine> {
  engine ??= (async () => {
    const url = dataUrl(SEARCH_MANIFEST_FILE)
    const manifest = validate(SearchManifestSchema, await fetchJson(url), url)
    return createSearchEngine(manifest, (key, signal) => loadShard(manifest.version, key, signal))
  })()
  engine.catch(() => {
    engine = null
  })
  return engine
}

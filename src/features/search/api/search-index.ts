import type { QueryClient } from '@tanstack/react-query'
import MiniSearch from 'minisearch'
import * as v from 'valibot'
import { SEARCH_MANIFEST_FILE, shardFile } from '../../../../contract/data-files.ts'
import { createSearchEngine, type SearchEngine } from '../../../../contract/search-engine.ts'
import { SHARD_OPTIONS } from '../../../../contract/search-shard.ts'
import { dataSourceOf, type ReadData } from '../../../data/data-source.ts'
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

/** A data file by its path: over HTTP in the browser, from the disk when the server renders the results page. */
type Read = (path: string, signal?: AbortSignal) => Promise<unknown>

const fetchData: Read = (path, signal) => fetchJson(dataUrl(path), signal)

async function loadShard(read: Read, version: string, key: string, signal: AbortSignal) {
  const path = shardFile(version, key)
  const url = dataUrl(path)
  let raw: unknown
  try {
    raw = await read(path, signal)
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

async function createEngine(read: Read): Promise<SearchEngine> {
  const url = dataUrl(SEARCH_MANIFEST_FILE)
  const manifest = validate(SearchManifestSchema, await read(SEARCH_MANIFEST_FILE), url)
  return createSearchEngine(manifest, (key, signal) =>
    loadShard(read, manifest.version, key, signal),
  )
}

let engine: Promise<SearchEngine> | null = null

/**
 * The engine, made once per page; a failure is not kept, so the next
 * keystroke tries again. A client with a data source of its own (the
 * server rendering `/search?q=`, src/entry-server.tsx) gets an engine of
 * its own that reads the same files through it: the same code answers the
 * query on the server and in the browser, so the page hydrates as rendered.
 */
export function searchEngine(client?: QueryClient): Promise<SearchEngine> {
  const source: ReadData | undefined = dataSourceOf(client)
  if (source) return createEngine((path) => source(path))
  engine ??= createEngine(fetchData)
  engine.catch(() => {
    engine = null
  })
  return engine
}

/**
 * What the server needs of the build's id (build/build-id.ts makes it): the
 * header that carries it, which files it applies to, and where the build
 * wrote it. Here, not in build/, because the server runs in production and
 * imports nothing of the build.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { DATA_DIR, SHARD_URL } from '../contract/data-files.ts'

/** The HTTP header that carries the id of the build a file belongs to (and, on a request, the tab's). */
export const BUILD_ID_HEADER = 'X-Build-Id'

/**
 * Sent by a proxy that can ask another server (deploy/nginx.conf.template):
 * a server on another build than the tab's then answers 404, for the proxy
 * to try the next, rather than its own build's data, which the tab would
 * refuse. Without it (one server, no proxy) the tab gets the data and its
 * update notice, as before.
 */
export const BUILD_STRICT_HEADER = 'X-Build-Strict'

/**
 * The files that carry it: the data, but for the search shards, whose URL
 * names their content's hash, so that one shard serves every build that
 * has it.
 */
export const isBuildBound = (segments: readonly string[]) =>
  segments[0] === DATA_DIR && !SHARD_URL.test(`/${segments.join('/')}`)

/** Where the client build writes the id, for the server and the service worker. */
export const BUILD_ID_FILE = 'build.json'

/** The id a build folder was written with, or null for a folder without one (a bench's floor app). */
export function readBuildId(dist: string): string | null {
  try {
    const { id } = JSON.parse(readFileSync(join(dist, BUILD_ID_FILE), 'utf8')) as { id?: unknown }
    return typeof id === 'string' && /^[0-9a-f]{6,64}$/.test(id) ? id : null
  } catch {
    return null
  }
}

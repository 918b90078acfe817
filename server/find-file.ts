import type { Stats } from 'node:fs'
import { stat } from 'node:fs/promises'
import { join } from 'node:path'
import { COMPRESSIBLE, type Coding } from './compressible.ts'

export interface FoundFile {
  /** Relative to the root, with `/`: what the response is about. */
  readonly relative: string
  /** The precompressed copy to send, or null for the file as it is. */
  readonly coding: Coding | null
  /** The size and modification time of the file sent (the copy, if one is), for its ETag. */
  readonly sent: Pick<Stats, 'size' | 'mtimeMs'>
}

const COPY_SLACK_MS = 1000

/** The file's stats, or null: a file removed, or a path through a file (ENOTDIR), is simply not there. */
async function fileStats(path: string): Promise<Stats | null> {
  const stats: Stats | null = await stat(path).catch(() => null)
  return stats?.isFile() ? stats : null
}

/**
 * Finds the file a path names, asking the disk on every request so that files
 * added or removed under a running server are seen at once. A path with no
 * extension is a page: its folder's index.html (prerendered), else the file
 * itself (the caller then renders it, or serves the app shell). A path with
 * an extension is only ever its own file, so a missing data file is an
 * honest 404 rather than an HTML page pretending to be JSON.
 *
 * `codings` are those the client accepts, best first; the first whose
 * precompressed copy exists is chosen, so a common request costs one look
 * at the disk for the file and one for its copy. A copy older than its file
 * (the file replaced alone, under a running server) is passed over: it
 * would hold the old content. A second's slack keeps a copy made with the
 * folder by a plain `cp -r`, which stamps each file as it goes.
 */
export async function findFile(
  root: string,
  segments: readonly string[],
  codings: readonly Coding[],
): Promise<FoundFile | null> {
  const path = segments.join('/')
  const candidates = !isPagePath(segments)
    ? [path]
    : path === ''
      ? ['index.html']
      : [`${path}/index.html`, path]
  for (const relative of candidates) {
    const source = await fileStats(join(root, relative))
    if (!source) continue
    if (!COMPRESSIBLE.test(relative)) return { relative, coding: null, sent: source }
    for (const coding of codings) {
      const copy = await fileStats(join(root, relative + coding.suffix))
      if (copy && copy.mtimeMs >= source.mtimeMs - COPY_SLACK_MS) {
        return { relative, coding, sent: copy }
      }
    }
    return { relative, coding: null, sent: source }
  }
  return null
}

/** A path with no extension names a page (`/films/x`), one with an extension a file. */
export const isPagePath = (segments: readonly string[]) => !segments.at(-1)?.includes('.')

import type { Stats } from 'node:fs'
import { stat } from 'node:fs/promises'
import { join } from 'node:path'
import { CODINGS, COMPRESSIBLE, type Coding } from './compressible.ts'

export interface FoundFile {
  /** Relative to the root, with `/`: what the response is about. */
  readonly relative: string
  /** The precompressed copies beside it. */
  readonly codings: readonly Coding[]
}

async function isFile(path: string): Promise<boolean> {
  // A file removed, or a path through a file (ENOTDIR), is simply not there.
  const stats: Stats | null = await stat(path).catch(() => null)
  return stats?.isFile() ?? false
}

/**
 * Finds the file a path names, asking the disk on every request so that files
 * added or removed under a running server are seen at once: the file itself,
 * then its folder's index.html (a prerendered page), then, for a path with no
 * extension, the app shell, which renders any route in the browser. A path
 * with an extension never falls back, so a missing data file is an honest 404
 * rather than an HTML page pretending to be JSON.
 */
export async function findFile(
  root: string,
  segments: readonly string[],
  fallback: string,
): Promise<FoundFile | null> {
  const path = segments.join('/')
  const candidates = path === '' ? ['index.html'] : [path, `${path}/index.html`]
  if (!segments.at(-1)?.includes('.')) candidates.push(fallback)
  for (const relative of candidates) {
    if (!(await isFile(join(root, relative)))) continue
    if (!COMPRESSIBLE.test(relative)) return { relative, codings: [] }
    const present = await Promise.all(
      CODINGS.map((coding) => isFile(join(root, relative + coding.suffix))),
    )
    return { relative, codings: CODINGS.filter((_, index) => present[index]) }
  }
  return null
}

import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { BuildInput } from './build.ts'
import { readRichPages } from './rich-pages.ts'

/** Where Wikipedia's decade lists live in the repo. */
export const LISTS = join('data', 'sources', 'wikipedia')

/** Both sources, as the build reads them: the decade lists in name order, and the rich pages. */
export async function readSources(root = '.'): Promise<BuildInput> {
  const dir = join(root, LISTS)
  const names = (await readdir(dir)).filter((name) => /^movies-\d{4}s\.json$/.test(name)).sort()
  const lists = await Promise.all(
    names.map(async (file) => ({ file, text: await readFile(join(dir, file), 'utf8') })),
  )
  return { lists, pages: await readRichPages(root) }
}

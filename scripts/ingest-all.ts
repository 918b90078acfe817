/**
 * `npm run ingest:all`: rebuilds every film in public/data/films from
 * data/pages, using data/films.json for the titles the pages lack. Fails when
 * a page in data/pages has no entry there, so no page is silently skipped.
 */
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import * as v from 'valibot'
import { runIngest } from './ingest-cli.ts'

const PAGES = join('data', 'pages')
const MANIFEST = join('data', 'films.json')

const ManifestSchema = v.object({
  films: v.array(
    v.object({
      page: v.pipe(v.string(), v.regex(/^[^/\\]+\.txt$/, 'must be a .txt file name in data/pages')),
      title: v.pipe(v.string(), v.nonEmpty()),
      slug: v.optional(v.string()),
    }),
  ),
})

const io = { out: (line: string) => console.log(line), err: (line: string) => console.error(line) }

async function main(): Promise<number> {
  const manifest = v.safeParse(ManifestSchema, JSON.parse(await readFile(MANIFEST, 'utf8')))
  if (!manifest.success) {
    io.err(`ingest:all: ${MANIFEST} is malformed: ${v.summarize(manifest.issues)}`)
    return 1
  }
  const listed = new Set(manifest.output.films.map((film) => film.page))
  const unlisted = (await readdir(PAGES)).filter(
    (name) => name.endsWith('.txt') && !listed.has(name),
  )
  if (unlisted.length > 0) {
    io.err(
      `ingest:all: pages with no title in ${MANIFEST}: ${unlisted.join(', ')}. Add them, then run again.`,
    )
    return 1
  }
  let failed = 0
  for (const film of manifest.output.films) {
    const args = [join(PAGES, film.page), '--title', film.title]
    if (film.slug) args.push('--slug', film.slug)
    if ((await runIngest(args, io)) !== 0) failed += 1
  }
  if (failed > 0) io.err(`ingest:all: ${failed} of ${manifest.output.films.length} pages failed.`)
  return failed > 0 ? 1 : 0
}

process.exitCode = await main()

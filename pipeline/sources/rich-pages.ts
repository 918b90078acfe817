import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import * as v from 'valibot'
import type { PageSource } from './page/parse-page.ts'

/**
 * The rich film pages, the pipeline's second source: `data/pages/*.txt`, with
 * the titles they lack in `data/films.json`. A page with no entry there fails
 * the read, so no page is skipped in silence.
 */

export type RichPage = PageSource & { readonly text: string }

const ManifestSchema = v.object({
  films: v.array(
    v.object({
      page: v.pipe(v.string(), v.regex(/^[^/\\]+\.txt$/, 'must be a .txt file name in data/pages')),
      title: v.pipe(v.string(), v.nonEmpty()),
      slug: v.optional(v.string()),
    }),
  ),
})

export class RichPagesError extends Error {}

export async function readRichPages(root = '.'): Promise<RichPage[]> {
  const pagesDir = join(root, 'data', 'pages')
  const manifestFile = join(root, 'data', 'films.json')
  let raw: unknown
  try {
    raw = JSON.parse(await readFile(manifestFile, 'utf8'))
  } catch (error) {
    throw new RichPagesError(`${manifestFile} could not be read: ${(error as Error).message}`)
  }
  const manifest = v.safeParse(ManifestSchema, raw)
  if (!manifest.success) {
    throw new RichPagesError(`${manifestFile} is malformed: ${v.summarize(manifest.issues)}`)
  }
  const listed = new Set(manifest.output.films.map((film) => film.page))
  const unlisted = (await readdir(pagesDir)).filter(
    (name) => name.endsWith('.txt') && !listed.has(name),
  )
  if (unlisted.length > 0) {
    throw new RichPagesError(
      `pages with no title in ${manifestFile}: ${unlisted.join(', ')}. Add an entry for each.`,
    )
  }
  return Promise.all(
    manifest.output.films.map(async (film) => ({
      text: await readFile(join(pagesDir, film.page), 'utf8'),
      title: film.title,
      source: film.page,
      ...(film.slug ? { id: film.slug } : {}),
    })),
  )
}

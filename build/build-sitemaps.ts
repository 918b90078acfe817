/**
 * `tsx build/build-sitemaps.ts [dist]`: writes the sitemaps and robots.txt
 * (pipeline/sitemaps.ts) to the site's root, listing the films and people the
 * build wrote under data/, with absolute URLs on SITE_URL (build/site-url.ts).
 * Run by `npm run build` after the catalog.
 */
import { readdir, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { FILMS_DIR, idOfFile, PEOPLE_DIR } from '../contract/data-files.ts'
import { sitemapFiles } from '../pipeline/derived/sitemaps.ts'
import { siteOrigin } from './site-url.ts'

const dist = resolve(process.argv[2] ?? 'dist')

async function ids(folder: string): Promise<string[]> {
  const names = await readdir(join(dist, folder)).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error
    throw new Error(`${join(dist, folder)} is missing: build the catalog first (npm run build).`)
  })
  return names.flatMap((name) => idOfFile(name) ?? [])
}

try {
  const origin = siteOrigin()
  const [films, people] = await Promise.all([ids(FILMS_DIR), ids(PEOPLE_DIR)])
  const files = sitemapFiles({ origin, films, people })
  await Promise.all(files.map((file) => writeFile(join(dist, file.path), file.text)))
  console.log(
    `sitemaps: ${films.length} films and ${people.length} people in ${files.length - 2} sitemaps on ${origin}, with robots.txt`,
  )
} catch (error) {
  console.error(`sitemaps: ${(error as Error).message}`)
  process.exitCode = 1
}

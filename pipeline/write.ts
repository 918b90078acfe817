import { mkdir, rename, rm, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import type { Catalog } from '../src/data/catalog-schema.ts'
import type { Film } from '../src/data/film-schema.ts'
import { toJsonFile } from '../src/ingest/film-file.ts'

/**
 * Step 6, the one that touches disk: `films/<id>.json` for every film and the
 * catalog `films/index.json`, laid out as `public/data/` is. Contents depend
 * only on the films (keys in the order the steps build them, films in id
 * order), so the same input gives byte-identical files.
 */

export type OutputFile = readonly [path: string, content: string]

export function renderFiles(films: readonly Film[], catalog: Catalog): OutputFile[] {
  const files: OutputFile[] = films.map((film) => [
    join('films', `${film.id}.json`),
    toJsonFile(film),
  ])
  files.sort((a, b) => (a[0] < b[0] ? -1 : 1))
  return [...files, [join('films', 'index.json'), toJsonFile(catalog)]]
}

/**
 * Writes the whole tree beside `outDir`, then swaps it into place, so a failed
 * build never leaves half a catalog: `outDir` holds the old catalog or the new
 * one. `onWritten` hears how many files are done, for progress.
 */
export async function writeTree(
  outDir: string,
  files: readonly OutputFile[],
  onWritten: (done: number) => void = () => {},
): Promise<void> {
  const temp = `${outDir}.tmp-${process.pid}`
  const old = `${outDir}.old-${process.pid}`
  await rm(temp, { recursive: true, force: true })
  try {
    const dirs = new Set(files.map(([path]) => dirname(join(temp, path))))
    for (const dir of dirs) await mkdir(dir, { recursive: true })
    let next = 0
    // A few writes in flight keep the disk busy without opening 36,000 files at once.
    const worker = async () => {
      while (next < files.length) {
        const [path, content] = files[next++] as OutputFile
        await writeFile(join(temp, path), content)
        if (next % 500 === 0) onWritten(next)
      }
    }
    await Promise.all(Array.from({ length: 16 }, worker))
    onWritten(files.length)
    await rename(outDir, old).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error
    })
    await rename(temp, outDir)
  } catch (error) {
    await rm(temp, { recursive: true, force: true })
    throw error
  }
  await rm(old, { recursive: true, force: true })
}

/**
 * Writes brotli (.br) and gzip (.gz) copies of every text file of a build,
 * once, at build time. The server sends them to browsers that accept them: a
 * static host's job, done here so `npm start` serves the app as it would be
 * served in production.
 *
 * The levels follow docs/adr/0009-films-at-scale.md: hashed assets (a dozen
 * files, downloaded by every visitor and cached for good) get brotli's
 * highest level; data (tens of thousands of small files) gets brotli 5,
 * within 12% of it at a fiftieth of the time, which keeps `npm start` on a
 * fresh clone inside its two minutes. The prerendered pages (a few .html
 * files) get the highest too: a page is the first thing a reader waits for,
 * and the catalog's first page is 2.5 kB smaller as brotli 11
 * (docs/adr/0022-first-paint-in-one-window.md). gzip is level 9 throughout
 * (it is fast at any level).
 *
 *   tsx build/compress.ts [dir]   (default: dist)
 */
import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join, relative, resolve, sep } from 'node:path'
import { promisify } from 'node:util'
import { brotliCompress, constants, gzip } from 'node:zlib'
import { COMPRESSIBLE } from '../server/compressible.ts'

const brotli = promisify(brotliCompress)
const gzipAsync = promisify(gzip)

/** Below this, compression saves less than its framing costs. */
const MIN_BYTES = 256
/** zlib's async calls run on libuv's thread pool (4 threads): enough in flight to keep it busy. */
const IN_FLIGHT = 8

export const brotliQuality = (relativePath: string) =>
  relativePath.startsWith(`assets${sep}`) ||
  relativePath.startsWith('assets/') ||
  relativePath.endsWith('.html')
    ? constants.BROTLI_MAX_QUALITY
    : 5

async function textFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  return entries
    .filter((entry) => entry.isFile() && COMPRESSIBLE.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort()
}

export async function compressDirectory(dir: string): Promise<number> {
  const files = await textFiles(dir)
  let next = 0
  let count = 0
  const worker = async () => {
    while (next < files.length) {
      const path = files[next++] as string
      const content = await readFile(path)
      if (content.length < MIN_BYTES) continue
      const [gz, br] = await Promise.all([
        gzipAsync(content, { level: 9 }),
        brotli(content, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: brotliQuality(relative(dir, path)),
            [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
          },
        }),
      ])
      await Promise.all([writeFile(`${path}.gz`, gz), writeFile(`${path}.br`, br)])
      count += 1
    }
  }
  await Promise.all(Array.from({ length: IN_FLIGHT }, worker))
  return count
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = resolve(process.argv[2] ?? 'dist')
  const started = performance.now()
  const count = await compressDirectory(dir)
  const seconds = ((performance.now() - started) / 1000).toFixed(1)
  console.log(`compress: ${count} files in ${dir} in ${seconds} s`)
}

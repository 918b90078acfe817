/**
 * Writes brotli (.br) and gzip (.gz) copies of every text file of a build, at
 * the highest levels, once, at build time. The server sends them to browsers
 * that accept them: a static host's job, done here so `npm start` serves the
 * app as it would be served in production.
 *
 *   tsx scripts/compress.ts [dir]   (default: dist)
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'
import { COMPRESSIBLE } from './server/compressible.ts'

/** Below this, compression saves less than its framing costs. */
const MIN_BYTES = 256

export function compressDirectory(dir: string): number {
  let count = 0
  for (const name of readdirSync(dir)) {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) {
      count += compressDirectory(path)
      continue
    }
    if (!COMPRESSIBLE.test(name)) continue
    const content = readFileSync(path)
    if (content.length < MIN_BYTES) continue
    writeFileSync(`${path}.gz`, gzipSync(content, { level: 9 }))
    writeFileSync(
      `${path}.br`,
      brotliCompressSync(content, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
          [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
        },
      }),
    )
    count += 1
  }
  return count
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = resolve(process.argv[2] ?? 'dist')
  console.log(`compress: ${compressDirectory(dir)} files in ${dir}`)
}

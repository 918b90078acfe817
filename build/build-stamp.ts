/**
 * Whether dist/ was built from the sources as they are now, so `npm start`
 * builds only when it must. Like make: the build is current when every output
 * exists and no source file is newer than the stamp the build's last step
 * writes.
 *
 *   tsx build/build-stamp.ts write   (the last step of `npm run build`)
 */
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { BUILD_INPUTS } from './build-id.ts'

const ROOT = resolve(import.meta.dirname, '..')
const STAMP = join('dist-server', 'build-stamp.json')
const OUTPUTS = [
  'dist/shell.html',
  'dist/data/films',
  'dist/data/people',
  'dist-ssr/entry-server.js',
  'dist-ssr/page-template.json',
  'dist-server/serve.js',
]
/** Everything the build reads: the inputs its id is made of. */
const SOURCES = BUILD_INPUTS

/** The newest file under a path, or null if there is none. */
function newest(path: string): { path: string; mtimeMs: number } | null {
  if (!existsSync(path)) return null
  const stats = statSync(path)
  if (!stats.isDirectory()) return { path, mtimeMs: stats.mtimeMs }
  let found: { path: string; mtimeMs: number } | null = null
  for (const name of readdirSync(path)) {
    const candidate = newest(join(path, name))
    if (candidate && (!found || candidate.mtimeMs > found.mtimeMs)) found = candidate
  }
  return found
}

/** Null when the build is current, else why it is not. */
export function whyRebuild(root = ROOT): string | null {
  const missing = OUTPUTS.find((output) => !existsSync(join(root, output)))
  if (missing) return `there is no build yet (${missing} is missing)`
  if (!existsSync(join(root, STAMP))) return 'the last build did not finish'
  const builtAt = statSync(join(root, STAMP)).mtimeMs
  for (const source of SOURCES) {
    const changed = newest(join(root, source))
    if (changed && changed.mtimeMs > builtAt) {
      return `${relative(root, changed.path)} changed since the last build`
    }
  }
  return null
}

export function writeStamp(root = ROOT) {
  writeFileSync(join(root, STAMP), `${JSON.stringify({ builtAt: new Date().toISOString() })}\n`)
}

if (import.meta.url === `file://${process.argv[1]}` && process.argv[2] === 'write') writeStamp()

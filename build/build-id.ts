/**
 * The build's id: a hash of everything the build reads, so code and data
 * from one build carry the same id, and two machines building the same
 * commit agree (servers behind one cache must). The client bundle holds it
 * (`import.meta.env.BUILD_ID`), the server sends it with every file
 * (`X-Build-Id`), and the service worker keeps no data file of another
 * build: a tab never renders one build's data with another's code
 * (docs/reliability.md, "A deploy while a tab is open").
 */
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import { DATA_DIR, SHARD_URL } from '../contract/data-files.ts'

/** What the build reads, as the build stamp lists it; tests change nothing a reader gets. */
export const BUILD_INPUTS = [
  'index.html',
  'package.json',
  'package-lock.json',
  'vite.config.ts',
  'src',
  'contract',
  'public',
  'server',
  'build',
  'cli',
  'pipeline',
  'data',
]

/** The HTTP header that carries the id of the build a file belongs to. */
export const BUILD_ID_HEADER = 'X-Build-Id'

/**
 * The files that carry it: the data, but for the search shards, whose URL
 * names their content's hash, so that one shard serves every build that
 * has it.
 */
export const isBuildBound = (segments: readonly string[]) =>
  segments[0] === DATA_DIR && !SHARD_URL.test(`/${segments.join('/')}`)

/** Where the client build writes the id, for the server and the service worker. */
export const BUILD_ID_FILE = 'build.json'

const isTest = (path: string) => /\.test\.tsx?$/.test(path) || path.split('/').includes('test')

function files(path: string): string[] {
  if (!existsSync(path)) return []
  if (!statSync(path).isDirectory()) return [path]
  return readdirSync(path)
    .sort()
    .flatMap((name) => files(join(path, name)))
}

/** Twelve hex digits of SHA-256 over the inputs' paths and bytes, in a fixed order. */
export function buildId(root: string): string {
  const hash = createHash('sha256')
  for (const input of BUILD_INPUTS) {
    for (const file of files(join(root, input))) {
      const name = relative(root, file).split(sep).join('/')
      if (isTest(name)) continue
      hash.update(`${name}\0`).update(readFileSync(file)).update('\0')
    }
  }
  return hash.digest('hex').slice(0, 12)
}

/** The id a build folder was written with, or null for a folder without one (a bench's floor app). */
export function readBuildId(dist: string): string | null {
  try {
    const { id } = JSON.parse(readFileSync(join(dist, BUILD_ID_FILE), 'utf8')) as { id?: unknown }
    return typeof id === 'string' && /^[0-9a-f]{6,64}$/.test(id) ? id : null
  } catch {
    return null
  }
}

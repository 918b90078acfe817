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

/**
 * Where the build writes the hashes of its pages' inline script and style
 * (build/prerender.ts), and how the server reads them for its
 * Content-Security-Policy header: every page, prerendered, rendered on
 * request, the shell and 404.html, shares the one template's boot script,
 * and its style is one of a few (each kind of page's own rules, the whole
 * sheet in the shell's: ADR 24), so one header lists them all. Here, not in build/, because the server runs in
 * production and imports nothing of the build.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { NO_INLINE, type InlineHashes } from './security-policy.ts'

export const INLINE_HASHES_FILE = 'inline-hashes.json'

const isHashList = (value: unknown): value is string[] =>
  Array.isArray(value) &&
  value.every((item) => typeof item === 'string' && /^'sha256-[A-Za-z0-9+/=]+'$/.test(item))

/** The hashes a build folder was written with; none for a folder without them (a bench's floor app). */
export function readInlineHashes(dist: string): InlineHashes {
  let parsed: unknown
  try {
    parsed = JSON.parse(readFileSync(join(dist, INLINE_HASHES_FILE), 'utf8'))
  } catch {
    return NO_INLINE
  }
  const { scripts, styles } = (parsed ?? {}) as Record<string, unknown>
  if (!isHashList(scripts) || !isHashList(styles)) {
    throw new Error(`${INLINE_HASHES_FILE} in ${dist} is not a list of script and style hashes`)
  }
  return { scripts, styles }
}

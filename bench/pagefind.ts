import { lstatSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import * as pagefind from 'pagefind'
import type { CustomRecord } from 'pagefind'
import type { SearchRecord } from './search-records.ts'
import { filmPath, personPath } from '../contract/routes.ts'

/**
 * Pagefind 1.6 with its defaults over the same records as the app's search:
 * the baseline issue 17 names. The record shape is the prototype's
 * (bench/search-prototypes/pagefind/build.mjs), so the figures compare with
 * ADR 11's: a film's content is its title, year and first three names (what
 * the app's index reads of it too; neither indexes genres), a person's their
 * name; the title shown is the app's.
 */

export const PAGEFIND_VERSION = (
  JSON.parse(
    readFileSync(join(import.meta.dirname, '../node_modules/pagefind/package.json'), 'utf8'),
  ) as { version: string }
).version

/** addCustomRecord calls in flight: the service answers faster so, and the index is the same. */
const IN_FLIGHT = 256

export function pagefindRecord(record: SearchRecord): CustomRecord {
  if (record.kind === 'film')
    return {
      url: filmPath(record.id),
      content: [record.title, String(record.year), ...record.names]
        .filter((part) => part !== '')
        .join(' '),
      language: 'en',
      meta: { title: `${record.title} (${record.year})` },
    }
  return {
    url: personPath(record.id),
    content: record.name,
    language: 'en',
    meta: { title: record.label ? `${record.name} (${record.label})` : record.name },
  }
}

export interface FolderSize {
  files: number
  /** The files' sizes, summed. */
  bytes: number
  /** What they take on disk (allocated blocks): small files take a block each. */
  diskBytes: number
}

export function folderSize(dir: string, include: (name: string) => boolean = () => true) {
  const size: FolderSize = { files: 0, bytes: 0, diskBytes: 0 }
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !include(entry.name)) continue
    const stat = lstatSync(join(entry.parentPath, entry.name))
    size.files += 1
    size.bytes += stat.size
    size.diskBytes += stat.blocks * 512
  }
  return size
}

export interface PagefindBuild extends FolderSize {
  /** createIndex to the end of writeFiles. */
  seconds: number
  records: number
}

/**
 * Builds the index into `<site>/pagefind/` and a blank page at `<site>/`,
 * for the browser to import `/pagefind/pagefind.js` from.
 */
export async function buildPagefind(
  records: readonly SearchRecord[],
  site: string,
): Promise<PagefindBuild> {
  rmSync(site, { recursive: true, force: true })
  mkdirSync(site, { recursive: true })
  writeFileSync(
    join(site, 'index.html'),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Pagefind</title></head><body></body></html>\n',
  )
  const output = join(site, 'pagefind')
  const started = performance.now()
  try {
    const { index, errors } = await pagefind.createIndex()
    if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`)
    for (let at = 0; at < records.length; at += IN_FLIGHT) {
      const added = await Promise.all(
        records
          .slice(at, at + IN_FLIGHT)
          .map((record) => index.addCustomRecord(pagefindRecord(record))),
      )
      const failed = added.flatMap((response) => response.errors)
      if (failed.length) throw new Error(`Pagefind: ${failed.slice(0, 3).join('; ')}`)
    }
    const written = await index.writeFiles({ outputPath: output })
    if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`)
  } finally {
    await pagefind.close()
  }
  const seconds = (performance.now() - started) / 1000
  return { seconds, records: records.length, ...folderSize(output) }
}

import { readdirSync, statSync } from 'node:fs'
import { join, relative, sep } from 'node:path'

/** What the host limits are checked against: a tree's files, bytes and folders. */
export interface TreeStats {
  readonly files: number
  readonly bytes: number
  /** Files directly in each folder (`.` the root), by path with `/`. */
  readonly filesPerFolder: ReadonlyMap<string, number>
  /** Entries (files and folders) directly in each folder. */
  readonly entriesPerFolder: ReadonlyMap<string, number>
  /** Each file's size, by path, for the files over `keepOver` bytes only. */
  readonly largeFiles: ReadonlyMap<string, number>
  readonly largest: { readonly path: string; readonly bytes: number }
}

export function walkTree(root: string, keepOver = 1024 * 1024): TreeStats {
  const filesPerFolder = new Map<string, number>()
  const entriesPerFolder = new Map<string, number>()
  const largeFiles = new Map<string, number>()
  let files = 0
  let bytes = 0
  let largest = { path: '', bytes: -1 }
  const name = (path: string) => relative(root, path).split(sep).join('/') || '.'
  const visit = (dir: string) => {
    const entries = readdirSync(dir, { withFileTypes: true })
    entriesPerFolder.set(name(dir), entries.length)
    let here = 0
    for (const entry of entries) {
      const path = join(dir, entry.name)
      if (entry.isDirectory()) {
        visit(path)
        continue
      }
      const size = statSync(path).size
      here += 1
      files += 1
      bytes += size
      if (size > keepOver) largeFiles.set(name(path), size)
      if (size > largest.bytes) largest = { path: name(path), bytes: size }
    }
    filesPerFolder.set(name(dir), here)
  }
  visit(root)
  return { files, bytes, filesPerFolder, entriesPerFolder, largeFiles, largest }
}

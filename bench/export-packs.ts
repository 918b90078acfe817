/**
 * What a client-side navigation downloads in the static export for each
 * number of packs (contract/packed-data.ts), against the files they take:
 * the figures that chose PACK_COUNT (docs/studies/static-export.md).
 *
 *   npx tsx bench/export-packs.ts [dist]
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { brotliCompressSync, constants } from 'node:zlib'
import { FILMS_DIR, idOfFile, PEOPLE_DIR } from '../contract/data-files.ts'
import { packIndex } from '../contract/packed-data.ts'

export interface PackFigures {
  readonly kind: string
  readonly packs: number
  /** Ids per pack, least and most; 0 packs is one file an id. */
  readonly least: number
  readonly most: number
  /** A navigation's download, brotli 5 (as a CDN compresses), median and p95 over a sample of ids, in bytes. */
  readonly medianBr: number
  readonly p95Br: number
}

const br = (text: string) =>
  brotliCompressSync(text, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } }).length

/** Every `count`th id, so the sample is spread and the same on every run. */
const sample = <T>(items: readonly T[], count: number) =>
  items.filter((_, i) => i % Math.max(1, Math.floor(items.length / count)) === 0)

export function measurePacks(
  dist: string,
  counts: readonly number[] = [0, 1024, 2048, 4096, 8192],
): PackFigures[] {
  const figures: PackFigures[] = []
  for (const [kind, dir] of [
    ['film', FILMS_DIR],
    ['person', PEOPLE_DIR],
  ] as const) {
    const files = new Map<string, string>()
    for (const name of readdirSync(join(dist, dir))) {
      const id = idOfFile(name)
      if (id) files.set(id, readFileSync(join(dist, dir, name), 'utf8'))
    }
    const ids = [...files.keys()].sort()
    for (const packs of counts) {
      // 0 packs: one file an id, as `npm start` serves them.
      const packOf = (id: string) => (packs === 0 ? id : packIndex(id, packs))
      const members = new Map<string | number, string[]>()
      for (const id of ids) {
        const index = packOf(id)
        members.set(index, [...(members.get(index) ?? []), id])
      }
      const sizes = [...members.values()].map((list) => list.length)
      const compressed = new Map<string | number, number>()
      const bytes = sample(ids, 200)
        .map((id) => {
          const index = packOf(id)
          if (!compressed.has(index)) {
            const pack = Object.fromEntries(
              (members.get(index) ?? []).map((member) => [
                member,
                JSON.parse(files.get(member) ?? 'null') as unknown,
              ]),
            )
            compressed.set(index, br(JSON.stringify(pack)))
          }
          return compressed.get(index) ?? 0
        })
        .sort((a, b) => a - b)
      figures.push({
        kind,
        packs,
        least: packs > members.size ? 0 : Math.min(...sizes),
        most: Math.max(...sizes),
        medianBr: bytes[Math.floor(bytes.length / 2)] ?? 0,
        p95Br: bytes[Math.floor(bytes.length * 0.95)] ?? 0,
      })
    }
  }
  return figures
}

export function packTable(figures: readonly PackFigures[]): string {
  const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`
  return [
    '| Data | Packs (files) | Ids a pack | A navigation, br 5: median | p95 |',
    '| ---- | ------------: | ---------: | -------------------------: | --: |',
    ...figures.map(
      (row) =>
        `| ${row.kind} | ${row.packs === 0 ? 'one file an id' : row.packs.toLocaleString('en')} | ${row.packs === 0 ? 1 : `${row.least}–${row.most}`} | ${kB(row.medianBr)} | ${kB(row.p95Br)} |`,
    ),
  ].join('\n')
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(packTable(measurePacks(resolve(process.argv[2] ?? 'dist'))))
}

import { FILMS_DIR, PEOPLE_DIR } from './data-files.ts'
import { ID_WORDS } from './ids.ts'

/**
 * The static export's data layout (docs/adr/0018-static-export.md): a static
 * host takes at most 100,000 files, and one file per film and per person
 * (65,000) next to a page each leaves no room. So the export packs them: a
 * film's file is one member of a pack, picked by a hash of its id, and a
 * client-side navigation fetches the pack and keeps the member. The exporter
 * writes the packs by this rule and the app reads them by it; `npm start`
 * keeps one file per id.
 */

/**
 * Packs per kind (films, people). 4,096 keeps a navigation's download near
 * a few kB (about 9 films a pack) for 8,192 files, which the export's file
 * budget holds (the measurement: docs/studies/static-export.md).
 */
export const PACK_COUNT = 4096

/** The meta tag the export adds to its pages so the app reads packs: `<meta name="data-layout" content="packed">`. */
export const DATA_LAYOUT_META = 'data-layout'
export const PACKED_LAYOUT = 'packed'

/** FNV-1a (32 bits) of the id: cheap, stable across runtimes, and spread well enough over a few thousand packs. */
export function packIndex(id: string, packs = PACK_COUNT): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < id.length; i += 1) {
    hash ^= id.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash % packs
}

/** A pack's name: its index in hex, as wide as the largest (`0a3`). */
export const packName = (index: number, packs = PACK_COUNT) =>
  index.toString(16).padStart((packs - 1).toString(16).length, '0')

const PER_ID = new RegExp(`^(${FILMS_DIR}|${PEOPLE_DIR})/(${ID_WORDS})\\.json$`)

/**
 * The pack that holds a per-id data file (`data/films/mask-1985.json` is a
 * member of `data/films/packs/2c1.json`), or null for a file that is not
 * packed (catalog pages, the search index).
 */
export function packOf(
  path: string,
  packs = PACK_COUNT,
): { readonly file: string; readonly id: string } | null {
  const [, dir, id] = PER_ID.exec(path) ?? []
  if (!dir || !id) return null
  return { file: `${dir}/packs/${packName(packIndex(id, packs), packs)}.json`, id }
}

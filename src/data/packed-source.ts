import { packOf } from '../../contract/packed-data.ts'
import { dataUrl, fetchJson } from './fetch-json.ts'
import { DataLoadError } from './load-error.ts'

/**
 * The static export's data source (contract/packed-data.ts): a film's or a
 * person's file is a member of a pack, so a navigation fetches the pack and
 * keeps its member; other files are fetched as they are. The last few packs
 * stay in memory, so going back to a film of the same pack fetches nothing.
 */
const KEPT_PACKS = 16
const packs = new Map<string, Promise<Readonly<Record<string, unknown>>>>()

function fetchPack(file: string): Promise<Readonly<Record<string, unknown>>> {
  const kept = packs.get(file)
  if (kept) return kept
  const url = dataUrl(file)
  const pack = fetchJson(url).then((body) => {
    if (typeof body !== 'object' || body === null || Array.isArray(body)) {
      throw new DataLoadError('schema', 'The data pack is not an object of files by id.', { url })
    }
    return body as Readonly<Record<string, unknown>>
  })
  // A failed fetch is not kept: the retry asks again.
  pack.catch(() => packs.delete(file))
  packs.set(file, pack)
  for (const oldest of packs.keys()) {
    if (packs.size <= KEPT_PACKS) break
    packs.delete(oldest)
  }
  return pack
}

export async function readPacked(path: string): Promise<unknown> {
  const packed = packOf(path)
  if (!packed) return fetchJson(dataUrl(path))
  const pack = await fetchPack(packed.file)
  // An id its pack does not hold is an unknown film or person, as a missing file is.
  if (!Object.hasOwn(pack, packed.id)) {
    throw new DataLoadError('not-found', 'The data file does not exist.', {
      url: dataUrl(path),
      status: 404,
    })
  }
  return pack[packed.id]
}

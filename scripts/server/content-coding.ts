import Negotiator from 'negotiator'
import type { IncomingHttpHeaders } from 'node:http'
import { CODINGS, type Coding } from './compressible.ts'

/**
 * Picks the coding to send among those that exist on disk, by the client's
 * Accept-Encoding and its q-values (`br;q=0` rules brotli out), preferring
 * brotli on a tie. Null means the file as it is: also the answer when the
 * client accepts nothing we have, since an uncompressed file is always better
 * than a 406 for a static page.
 */
export function chooseCoding(
  headers: IncomingHttpHeaders,
  available: readonly Coding[],
): Coding | null {
  if (available.length === 0 || !headers['accept-encoding']) return null
  const names = [...available.map((coding) => coding.name), 'identity']
  const chosen = new Negotiator({ headers }).encoding(names, { preferred: names })
  return CODINGS.find((coding) => coding.name === chosen) ?? null
}

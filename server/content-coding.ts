import Negotiator from 'negotiator'
import type { IncomingHttpHeaders } from 'node:http'
import { CODINGS, type Coding } from './compressible.ts'

const NAMES = [...CODINGS.map((coding) => coding.name), 'identity']

/**
 * The precompressed codings the client accepts, best first, by its
 * Accept-Encoding and q-values (`br;q=0` rules brotli out), brotli first on a
 * tie. Only those it prefers to the file as it is: an empty list means the
 * plain file, which is also the answer when it accepts nothing we have,
 * since an uncompressed page is always better than a 406.
 */
export function acceptedCodings(headers: IncomingHttpHeaders): Coding[] {
  if (!headers['accept-encoding']) return []
  const ranked = new Negotiator({ headers }).encodings(NAMES, { preferred: NAMES })
  const before = ranked.indexOf('identity')
  return (before === -1 ? ranked : ranked.slice(0, before)).flatMap((name) =>
    CODINGS.filter((coding) => coding.name === name),
  )
}

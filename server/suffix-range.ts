/**
 * RFC 9110 §14.1.2: a suffix range longer than the representation selects
 * all of it (`bytes=-999999` on a 2 KB file is the whole file). range-parser,
 * which `send` uses, calls it unsatisfiable and the client would get 416; the
 * server rewrites the header to `bytes=0-` before `send` reads it.
 */
export function widenLongSuffix(range: string, size: number): string {
  const match = /^bytes=\s*-\s*(\d+)\s*$/.exec(range)
  if (!match) return range
  const length = Number(match[1])
  return length > 0 && length >= size ? 'bytes=0-' : range
}

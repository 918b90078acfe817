/**
 * A least-recently-used cache bounded by the bytes of what it holds rather
 * than by a count, since pages range from 10 kB to a few hundred. A Map keeps
 * insertion order, so re-inserting on each hit makes its first key the least
 * recently used one.
 */
export class ByteLru<V> {
  readonly #entries = new Map<string, { value: V; bytes: number }>()
  #bytes = 0
  readonly maxBytes: number

  constructor(maxBytes: number) {
    this.maxBytes = maxBytes
  }

  get bytes() {
    return this.#bytes
  }

  get size() {
    return this.#entries.size
  }

  get(key: string): V | undefined {
    const entry = this.#entries.get(key)
    if (!entry) return undefined
    this.#entries.delete(key)
    this.#entries.set(key, entry)
    return entry.value
  }

  /** An entry larger than the whole cache is not kept: it would evict everything for nothing. */
  set(key: string, value: V, bytes: number) {
    this.delete(key)
    if (bytes > this.maxBytes) return
    this.#entries.set(key, { value, bytes })
    this.#bytes += bytes
    for (const [oldest, entry] of this.#entries) {
      if (this.#bytes <= this.maxBytes) break
      this.#entries.delete(oldest)
      this.#bytes -= entry.bytes
    }
  }

  delete(key: string) {
    const entry = this.#entries.get(key)
    if (!entry) return
    this.#entries.delete(key)
    this.#bytes -= entry.bytes
  }
}

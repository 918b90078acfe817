import fc from 'fast-check'
import { ByteLru } from './byte-lru.ts'

describe('ByteLru', () => {
  it('evicts the least recently used entries once the bytes pass the bound', () => {
    const lru = new ByteLru<string>(10)
    lru.set('a', 'A', 4)
    lru.set('b', 'B', 4)
    expect(lru.get('a')).toBe('A') // a is now the most recent
    lru.set('c', 'C', 4)
    expect(lru.get('b')).toBeUndefined()
    expect(lru.get('a')).toBe('A')
    expect(lru.get('c')).toBe('C')
    expect(lru.bytes).toBe(8)
  })

  it('replaces an entry under its key, counting its bytes once', () => {
    const lru = new ByteLru<string>(10)
    lru.set('a', 'old', 6)
    lru.set('a', 'new', 3)
    expect(lru.get('a')).toBe('new')
    expect(lru.bytes).toBe(3)
    expect(lru.size).toBe(1)
  })

  it('does not keep an entry larger than the whole cache, nor evict for it', () => {
    const lru = new ByteLru<string>(10)
    lru.set('a', 'A', 5)
    lru.set('huge', 'H', 11)
    expect(lru.get('huge')).toBeUndefined()
    expect(lru.get('a')).toBe('A')
  })

  it('never holds more than its bound, and always keeps the entry just set when it fits', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(fc.constantFrom('a', 'b', 'c', 'd', 'e'), fc.integer({ min: 0, max: 40 })),
        ),
        (writes) => {
          const lru = new ByteLru<number>(50)
          for (const [key, bytes] of writes) {
            lru.set(key, bytes, bytes)
            expect(lru.bytes).toBeLessThanOrEqual(50)
            expect(lru.get(key)).toBe(bytes)
          }
        },
      ),
    )
  })
})

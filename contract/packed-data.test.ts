import { describe, expect, it } from 'vitest'
import { packIndex, packName, packOf, PACK_COUNT } from './packed-data.ts'

describe('the packed data layout', () => {
  it('puts a film and a person in the pack their id hashes to, by one rule', () => {
    const film = packOf('data/films/mask-1985.json')
    expect(film).toEqual({
      file: `data/films/packs/${packName(packIndex('mask-1985'))}.json`,
      id: 'mask-1985',
    })
    expect(packOf('data/people/cher.json')?.file).toMatch(
      /^data\/people\/packs\/[0-9a-f]{3}\.json$/,
    )
  })

  it('leaves the files it does not pack alone', () => {
    expect(packOf('data/catalog/title/1.json')).toBeNull()
    expect(packOf('data/search/manifest.json')).toBeNull()
    expect(packOf('data/films/packs/0a1.json')).toBeNull()
    expect(packOf('data/films/../x.json')).toBeNull()
  })

  it('spreads ids over every pack, none far fuller than the mean', () => {
    const counts = new Array<number>(PACK_COUNT).fill(0)
    const ids = Array.from({ length: PACK_COUNT * 10 }, (_, i) => `film-${i}-${1900 + (i % 120)}`)
    for (const id of ids) counts[packIndex(id)] = (counts[packIndex(id)] ?? 0) + 1
    expect(Math.max(...counts)).toBeLessThan(30)
    expect(counts.filter((count) => count === 0).length).toBeLessThan(PACK_COUNT / 100)
  })

  it('names a pack by its index, as wide as the largest', () => {
    expect(packName(0)).toBe('000')
    expect(packName(PACK_COUNT - 1)).toBe('fff')
    expect(packName(5, 256)).toBe('05')
  })
})

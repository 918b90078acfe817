import { cloneFilm, mask } from '../../test/fixtures.ts'
import { searchCast } from './cast-search.ts'

const actors = (q: string, sort: 'billing' | 'actor' | 'character' = 'billing', cast = mask.cast) =>
  searchCast(cast, { q, sort }).results.map((entry) => entry.credit.actor)

describe('searchCast', () => {
  it('finds actors regardless of case and accents', () => {
    expect(actors('ÉLLIOTT')).toEqual(['Sam Elliott'])
  })

  it('finds by character, and by several words in any order', () => {
    expect(actors('rocky')).toEqual(['Eric Stoltz'])
    expect(actors('dennis rusty')).toEqual(['Cher'])
  })

  it('finds a credited-as name through the credit note', () => {
    expect(actors('kelly minter')).toEqual(['Kelly Jo Minter'])
    expect(actors('minter as')).toEqual(['Kelly Jo Minter'])
  })

  it('finds "Zoë" by typing "zoe"', () => {
    const film = cloneFilm()
    film.cast.push({ id: 'cast-99', actor: 'Zoë Example', character: 'Sample', note: null })
    expect(actors('zoe', 'billing', film.cast)).toEqual(['Zoë Example'])
  })

  it('treats regular-expression characters as plain text', () => {
    expect(actors('.*')).toEqual([])
    expect(actors('jr.')).toEqual(['Harry Carey Jr.'])
  })

  it('returns everyone, in billing order, for an empty query', () => {
    expect(actors('')).toHaveLength(15)
    expect(actors('   ')[0]).toBe('Cher')
  })

  it('gives the same results typing forward, deleting back, and searching afresh', () => {
    const film = cloneFilm()
    const typed = [
      'd',
      'de',
      'den',
      'denn',
      'dennis',
      'dennis ',
      'dennis r',
      'dennis ro',
      'dennis',
      'den',
      'd',
      '',
    ]
    const step = typed.map((q) => actors(q, 'actor', film.cast))
    const fresh = typed.map((q) => actors(q, 'actor', cloneFilm().cast))
    expect(step).toEqual(fresh)
    expect(step[7]).toEqual(['Eric Stoltz'])
  })

  it('sorts by actor or character name', () => {
    expect(actors('', 'actor').slice(0, 3)).toEqual(['Alexandra Powers', 'Ben Piazza', 'Cher'])
    expect(searchCast(mask.cast, { q: '', sort: 'character' }).results[0]?.credit.character).toBe(
      '1st Boyfriend',
    )
  })
})

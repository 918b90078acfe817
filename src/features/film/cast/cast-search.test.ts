import { cloneFilm, mask } from '../../../test/fixtures.ts'
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

  it('ignores punctuation in names and queries', () => {
    const film = cloneFilm()
    film.cast.push(
      { id: 'cast-16', actor: "Maureen O'Hara", character: 'Visitor', note: null },
      { id: 'cast-17', actor: 'Ada Okonkwo-Bell', character: 'Nurse', note: null },
    )
    expect(actors('ohara', 'billing', film.cast)).toEqual(["Maureen O'Hara"])
    expect(actors("o'hara", 'billing', film.cast)).toEqual(["Maureen O'Hara"])
    expect(actors('oh', 'billing', film.cast)).toEqual(["Maureen O'Hara"])
    expect(actors('okonkwo bell', 'billing', film.cast)).toEqual(['Ada Okonkwo-Bell'])
    expect(actors('okonkwobell', 'billing', film.cast)).toEqual(['Ada Okonkwo-Bell'])
    expect(actors('l craig')).toEqual(['L. Craig King'])
    expect(actors('rocky l')).toEqual(['Eric Stoltz']) // Roy L.'Rocky' Dennis
  })

  it('matches a one-letter word only at the start of a word', () => {
    // The K of Kelly and King; not the k of Rocky.
    expect(actors('k')).toEqual(['L. Craig King', 'Kelly Jo Minter'])
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
      'r',
      'ri', // wider than "r": Lorrie has an r, but no word starting with one
      'ri r',
      'ri ro',
      'r',
    ]
    const step = typed.map((q) => actors(q, 'actor', film.cast))
    const fresh = typed.map((q) => actors(q, 'actor', cloneFilm().cast))
    expect(step).toEqual(fresh)
    expect(step[7]).toEqual(['Eric Stoltz'])
    expect(step[13]).toContain('Kelly Jo Minter')
  })

  it('sorts by actor surname, as a fan files them, with a single name as itself', () => {
    expect(actors('', 'actor')).toEqual([
      'Dennis Burkley',
      'Harry Carey Jr.',
      'Cher',
      'Laura Dern',
      'Richard Dysart',
      'Sam Elliott',
      'Estelle Getty',
      'L. Craig King',
      'Micole Mercurio',
      'Kelly Jo Minter',
      'Lawrence Monoson',
      'Ben Piazza',
      'Alexandra Powers',
      'Eric Stoltz',
      'Joe Unger',
    ])
  })

  it('breaks a tie on surname by full name, then by billing', () => {
    const film = cloneFilm()
    const credit = (id: string, actor: string) => ({ id, actor, character: id, note: null })
    film.cast = [credit('a', 'Laura Dern'), credit('b', 'Bruce Dern'), credit('c', 'Laura Dern')]
    const ids = searchCast(film.cast, { q: '', sort: 'actor' }).results.map((e) => e.credit.id)
    expect(ids).toEqual(['b', 'a', 'c'])
  })

  it('sorts by character name, numbers by value', () => {
    expect(searchCast(mask.cast, { q: '', sort: 'character' }).results[0]?.credit.character).toBe(
      '1st Boyfriend',
    )
  })
})

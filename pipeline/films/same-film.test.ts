import { listedFilm } from '../test/builders.ts'
import { mergeSameFilms, SAME_FILM } from './same-film.ts'

// Swing Your Lady (1938), as movies-1930s.json lists it twice: one article,
// the cast in another order.
const swing = (id: string, cast: string[]) =>
  listedFilm(
    id,
    { title: 'Swing Your Lady', year: 1938, href: 'Swing_Your_Lady' },
    cast.map((actor) => ({ actor, personId: actor.toLowerCase().replace(/ /g, '-') })),
  )

describe('mergeSameFilms', () => {
  it('makes two entries of one article one film, each credit once, and reports the other', () => {
    const { films, report } = mergeSameFilms([
      swing('swing-your-lady-1938-2', ['Humphrey Bogart', 'Louise Fazenda']),
      swing('swing-your-lady-1938', ['Frank McHugh', 'Humphrey Bogart']),
    ])
    expect(films).toHaveLength(1)
    expect(films[0]?.id).toBe('swing-your-lady-1938')
    expect(films[0]?.cast.map((credit) => credit.actor).sort()).toEqual([
      'Frank McHugh',
      'Humphrey Bogart',
      'Louise Fazenda',
    ])
    expect(report).toEqual([
      expect.objectContaining({
        reason: SAME_FILM,
        source: expect.objectContaining({ film: 'swing-your-lady-1938-2' }),
        text: 'Swing Your Lady (1938)',
      }),
    ])
  })

  it('keeps the two Carmens of 1915 apart: two articles', () => {
    const carmen = (id: string, href: string) =>
      listedFilm(id, { title: 'Carmen', year: 1915, href }, ['Theda Bara'])
    const { films, report } = mergeSameFilms([
      carmen('carmen-1915-cecil-b-demille', 'Carmen_(1915_Cecil_B._DeMille_film)'),
      carmen('carmen-1915-raoul-walsh', 'Carmen_(1915_Raoul_Walsh_film)'),
    ])
    expect(films.map((film) => film.id)).toEqual([
      'carmen-1915-cecil-b-demille',
      'carmen-1915-raoul-walsh',
    ])
    expect(report).toEqual([])
  })

  it('with no article, merges only films that credit the same people', () => {
    const film = (id: string, cast: string[]) =>
      listedFilm(
        id,
        { title: 'This Is America', year: 1933, href: null },
        cast.map((actor) => ({ actor, personId: actor.toLowerCase().replace(/ /g, '-') })),
      )
    expect(
      mergeSameFilms([film('a', ['Alois Havrilla']), film('a-2', ['Alois Havrilla'])]).films,
    ).toHaveLength(1)
    expect(
      mergeSameFilms([film('b', ['Frances Nelson']), film('b-2', ['William Garwood'])]).films,
    ).toHaveLength(2)
    expect(mergeSameFilms([film('c', []), film('c-2', [])]).films).toHaveLength(2)
  })
})

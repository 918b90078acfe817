import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Film } from '../../contract/film-schema.ts'
import { notability } from './notability.ts'
import { notableFilms, withNotable } from './notable-films.ts'
import { catalogEntry, paginate } from './paginate.ts'

// Films as the real build writes them (src/test/data): Casablanca and
// Airplane! from the lists and the two sets, Mask with its page.
const read = (path: string) =>
  JSON.parse(readFileSync(join('src', 'test', 'data', path), 'utf8')) as Film
const casablanca = read('sourced-films/casablanca-1942.json')
const airplane = read('films/airplane-1980.json')
const mask = read('films/mask-1985.json')
// Airplane! as the lists alone give it: no set matched it.
const listedOnly: Film = { ...airplane, id: 'airplane-listed-1980', sourced: undefined }

const scores = (entries: Record<string, number>) => new Map(Object.entries(entries))

describe('notableFilms', () => {
  it("gives each decade its most notable films, most notable first, with its view's URL", () => {
    const decades = notableFilms(
      [mask, casablanca, airplane],
      scores({ 'mask-1985': 40, 'casablanca-1942': 77, 'airplane-1980': 88 }),
    )
    expect(decades.map(({ decade, href }) => [decade, href])).toEqual([
      ['1940s', '/catalog/1940s/title/1'],
      ['1980s', '/catalog/1980s/title/1'],
    ])
    expect(decades[1]?.films.map((film) => film.id)).toEqual(['airplane-1980', 'mask-1985'])
  })

  it('keeps `perDecade` films a decade', () => {
    const [eighties] = notableFilms([mask, airplane], scores({ 'mask-1985': 90 }), 1)
    expect(eighties?.films.map((film) => film.id)).toEqual(['mask-1985'])
  })

  it('tells films the score caps alike apart by their votes', () => {
    // Mask has 12,168 votes on its page; Airplane! none in this copy.
    const sourced = airplane.sourced as NonNullable<Film['sourced']>
    const noVotes: Film = { ...airplane, sourced: { ...sourced, imdb: undefined } }
    const [eighties] = notableFilms(
      [noVotes, mask],
      scores({ 'mask-1985': 99, 'airplane-1980': 99 }),
    )
    expect(eighties?.films.map((film) => film.id)).toEqual(['mask-1985', 'airplane-1980'])
  })

  it('leaves out a film that names no one: nothing on its card to tell a fan', () => {
    const nobody: Film = { ...mask, cast: [], directors: [], directorIds: [] }
    expect(notableFilms([nobody], scores({}))).toEqual([])
  })

  it('leaves out a film only the yearly lists know, however it scores', () => {
    const decades = notableFilms(
      [listedOnly, casablanca],
      scores({ 'airplane-listed-1980': 99, 'casablanca-1942': 10 }),
    )
    expect(decades.map((decade) => decade.decade)).toEqual(['1940s'])
  })

  it('shows the card of the catalog, with the directors the two sets give a film from the lists and two stars', () => {
    const [forties] = notableFilms([casablanca], scores({}))
    expect(forties?.films).toEqual([
      {
        ...catalogEntry(casablanca),
        directors: ['Michael Curtiz'],
        stars: ['Humphrey Bogart', 'Ingrid Bergman'],
      },
    ])
  })

  it('writes the same list whatever order the films come in', () => {
    const films = [mask, casablanca, airplane]
    const { films: score } = notability(films, [])
    expect(notableFilms([...films].reverse(), score)).toEqual(notableFilms(films, score))
  })
})

describe('withNotable', () => {
  const pages = paginate([mask, casablanca, airplane], 1)
  const notable = notableFilms([mask, casablanca, airplane], scores({}))

  it('puts the list on the front page alone: the whole catalog, by title, page 1', () => {
    const marked = withNotable(pages, notable).filter((page) => page.notable)
    expect(marked.map(({ filter, order, page }) => [filter.slug, order, page])).toEqual([
      ['', 'title', 1],
    ])
    expect(marked[0]?.notable).toBe(notable)
  })

  it('adds nothing when no decade has a film', () => {
    expect(withNotable(pages, [])).toEqual(pages)
  })
})

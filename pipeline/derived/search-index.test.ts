import MiniSearch from 'minisearch'
import * as v from 'valibot'
import { SearchManifestSchema } from '../../contract/search-schema.ts'
import { createSearchEngine } from '../../contract/search-engine.ts'
import { SHARD_OPTIONS } from '../../contract/search-shard.ts'
import { SEARCH_LIMITS, searchIndex, type SearchFilm, type SearchPerson } from './search-index.ts'

const film = (id: string, title: string, year: number, cast: string[] = []): SearchFilm => ({
  id,
  title,
  year,
  cast: cast.map((personId, n) => ({
    id: `c${n}`,
    actor: personId,
    character: null,
    note: null,
    personId,
  })),
  rating: null,
  sources: { overview: ['wikipedia-list'], cast: ['wikipedia-list'], trivia: [], reviews: [] },
})
/** A person of `films` films the fixture does not hold: notability 0 unless a test gives more. */
const person = (id: string, name: string, films: number, label: string | null = null) =>
  ({
    id,
    name,
    films,
    label,
    filmography: Array.from({ length: films }, (_, n) => ({ film: `${id}-${n}` })),
  }) satisfies SearchPerson

/** The engine over an index held in memory, as the browser would read its files. */
function engineOver(films: SearchFilm[], people: SearchPerson[]) {
  const index = searchIndex(films, people)
  const shards = new Map(index.files.map(([path, text]) => [path, text]))
  const loaded: string[] = []
  const engine = createSearchEngine(index.manifest, async (key) => {
    loaded.push(key)
    const text = shards.get(`search/${index.manifest.version}/${key}.json`)
    return text === undefined ? null : MiniSearch.loadJSON(text, SHARD_OPTIONS as never)
  })
  return { engine, index, loaded }
}

const ids = (hits: ReadonlyArray<{ id: string }>) => hits.map((hit) => hit.id)

describe('searchIndex', () => {
  it('writes a valid manifest and a shard per two-letter prefix, under the version', () => {
    const { index } = engineOver(
      [film('mask-1985', 'Mask', 1985, ['cher']), film('moonstruck-1987', 'Moonstruck', 1987)],
      [person('cher', 'Cher', 2)],
    )
    expect(v.is(SearchManifestSchema, index.manifest)).toBe(true)
    expect(index.manifest.records).toBe(3)
    const paths = index.files.map(([path]) => path)
    expect(paths[0]).toBe('search/manifest.json')
    expect(paths.slice(1)).toEqual(
      ['ch', 'ma', 'mo', '~1985', '~1986', '~1987'].map(
        (key) => `search/${index.manifest.version}/${key}.json`,
      ),
    )
    expect(index.manifest.years).toEqual([1985, 1987])
  })

  it('lists the films of a year typed alone below the titles that hold it, best known first', async () => {
    const { engine } = engineOver(
      [
        film('1941-1979', '1941', 1979),
        film('dumbo-1941', 'Dumbo', 1941, ['a', 'b', 'c']),
        film('obscure-1941', 'Obscure', 1941),
        film('hit-parade-of-1941-1940', 'Hit Parade of 1941', 1940),
        film('dumbo-2019', 'Dumbo', 2019),
      ],
      [],
    )
    expect((await engine.search('1941')).map((hit) => hit.id)).toEqual([
      '1941-1979',
      'hit-parade-of-1941-1940',
      'dumbo-1941',
      'obscure-1941',
    ])
    // A year with no film, inside the range, is an empty shard, not a missing file.
    expect(await engine.search('1950')).toEqual([])
    // With a title, a year lifts that year's films and lists no others.
    expect((await engine.search('dumbo 1941')).map((hit) => hit.id)).toEqual([
      'dumbo-1941',
      'dumbo-2019',
    ])
  })

  it('is deterministic: the same records in another order give the same files', () => {
    const films = [film('a-1', 'Alpha Beta', 1990), film('b-1', 'Beta Gamma', 1991)]
    const people = [person('p', 'Gamma Ray', 3)]
    expect(searchIndex(films, people).files).toEqual(
      searchIndex([...films].reverse(), [...people].reverse()).files,
    )
  })

  it('splits a crowded prefix one letter deeper and keeps a top shard for it', () => {
    const many = Array.from({ length: SEARCH_LIMITS.splitAt + 1 }, (_, n) =>
      film(`f-${n}`, `${n % 2 ? 'Chase' : 'Cheat'} ${n}`, 1950),
    )
    const { index } = engineOver(many, [])
    expect(index.manifest.splits).toEqual(['ch'])
    const keys = index.files.map(([path]) => path.split('/').at(-1))
    expect(keys).toEqual(expect.arrayContaining(['ch~.json', 'cha.json', 'che.json']))
  })

  it("weighs a film by its notability, here its cast's careers", async () => {
    const { engine } = engineOver(
      [film('t-1953', 'Titanic', 1953, ['x']), film('t-1997', 'Titanic', 1997, ['y', 'z'])],
      // The 1953 film counts the 1997 one as its remake; the 1997 cast's careers outweigh it.
      [person('x', 'Xavier', 1), person('y', 'Yolanda', 100), person('z', 'Zed', 100)],
    )
    const [first] = await engine.search('titanic')
    expect(first?.id).toBe('t-1997')
  })
})

describe('the search engine over an index', () => {
  const films = [
    film('casablanca-1942', 'Casablanca', 1942, ['bogart']),
    film('a-night-in-casablanca-1946', 'A Night in Casablanca', 1946, ['bogart', 'cher']),
    film('the-godfather-1972', 'The Godfather', 1972, ['bogart']),
    film('carmen-1915-a', 'Carmen', 1915),
    film('carmen-1915-b', 'Carmen', 1915),
    film('carmen-1983', 'Carmen', 1983, ['bogart', 'cher']),
    film('spider-man-2002', 'Spider-Man', 2002),
    film('moonstruck-1987', 'Moonstruck', 1987, ['cher', 'cage']),
  ]
  const people = [
    person('cher', 'Cher', 20),
    person('cheri-oteri', 'Cheri Oteri', 25),
    person('zoe-saldana', 'Zoe Saldaña', 30),
    person('bogart', 'Humphrey Bogart', 70),
    person('cage', 'Nicolas Cage', 90),
  ]
  const { engine } = engineOver(films, people)

  it('puts the exact title or name first', async () => {
    expect(ids(await engine.search('casablanca')).slice(0, 2)).toEqual([
      'casablanca-1942',
      'a-night-in-casablanca-1946',
    ])
    expect(ids(await engine.search('cher')).slice(0, 2)).toEqual(['cher', 'cheri-oteri'])
  })

  it('folds case and accents, both ways', async () => {
    expect(ids(await engine.search('ZOE SALDANA'))[0]).toBe('zoe-saldana')
    expect(ids(await engine.search('zoë saldaña'))[0]).toBe('zoe-saldana')
  })

  it('matches the last word as a prefix, and words in any order', async () => {
    expect(ids(await engine.search('moonst'))[0]).toBe('moonstruck-1987')
    expect(ids(await engine.search('bogart humphrey'))[0]).toBe('bogart')
    // A word finished (a space after it) is a word, not a prefix.
    expect(ids(await engine.search('moonst '))).toEqual([])
  })

  it('forgives one typo in a word of four letters or more', async () => {
    expect(ids(await engine.search('godfater'))[0]).toBe('the-godfather-1972')
    expect(ids(await engine.search('casablamca'))[0]).toBe('casablanca-1942')
  })

  it('reads a year after a title as that year, and a hyphen as a space', async () => {
    expect(
      ids(await engine.search('carmen 1915'))
        .slice(0, 2)
        .sort(),
    ).toEqual(['carmen-1915-a', 'carmen-1915-b'])
    expect(ids(await engine.search('spider man'))[0]).toBe('spider-man-2002')
    expect(ids(await engine.search('spiderman'))[0]).toBe('spider-man-2002')
  })

  it('answers a stopword alone from its shard, and nothing for a lone letter', async () => {
    expect(ids(await engine.search('the'))).toContain('the-godfather-1972')
    expect(await engine.search('a')).toEqual([])
    expect(await engine.search('  ')).toEqual([])
  })

  it('finds nothing, without failing, for words no record has', async () => {
    expect(await engine.search('zzzz qqqq')).toEqual([])
  })

  it('tells two people named one after the other', async () => {
    const pair = await engine.twoPeople('cher nicolas cage')
    expect(pair?.map((hit) => hit.id)).toEqual(['cher', 'cage'])
    expect(await engine.twoPeople('cher')).toBeNull()
    expect(await engine.twoPeople('casablanca 1942')).toBeNull()
  })
})

describe('the engine asks only for shards that exist', () => {
  it('makes no request for a word no record starts with', async () => {
    const { engine, loaded } = engineOver([film('mask-1985', 'Mask', 1985)], [])
    expect(await engine.search('xq')).toEqual([])
    expect(loaded).toEqual([])
    expect(ids(await engine.search('mas'))).toEqual(['mask-1985'])
    expect(loaded).toEqual(['ma'])
  })
})

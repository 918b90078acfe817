import MiniSearch from 'minisearch'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Film } from '../../contract/film-schema.ts'
import type { Person } from '../../contract/person-schema.ts'
import { createSearchEngine, type SearchHit } from '../../contract/search-engine.ts'
import { SHARD_OPTIONS } from '../../contract/search-shard.ts'
import { readSources } from '../sources/sources.ts'
import * as v from 'valibot'
import { SearchManifestSchema } from '../../contract/search-schema.ts'
import { build } from '../build.ts'
import { searchIndex } from './search-index.ts'

/**
 * Ranking and folding on the real catalog: the issue's examples, against
 * the index the build writes from the real sources, read as the browser
 * reads it (manifest, then one shard per word).
 */
const { lists, pages, more } = await readSources()
const files = new Map(build({ lists, pages, more }).files)
const manifest = JSON.parse(files.get(join('search', 'manifest.json')) ?? '{}') as Parameters<
  typeof createSearchEngine
>[0] & { version: string }
const engine = createSearchEngine(manifest, async (key) => {
  const text = files.get(join('search', manifest.version, `${key}.json`))
  return text === undefined ? null : MiniSearch.loadJSON(text, SHARD_OPTIONS as never)
})
const first = async (query: string) => (await engine.search(query, 10))[0]?.id
const top = async (query: string, count: number) =>
  (await engine.search(query, 20)).slice(0, count).map((hit: SearchHit) => hit.id)

describe('search over the real catalog', () => {
  it('writes a manifest the app accepts, keys in any script included', () => {
    expect(v.safeParse(SearchManifestSchema, manifest).issues).toBeUndefined()
    expect(manifest.leaves).toContain('ʻo')
  })

  it('puts the obvious answer first', async () => {
    expect(await first('moonstruck')).toBe('moonstruck-1987')
    expect(await first('mask')).toBe('mask-1985')
    expect(await first('airplane')).toBe('airplane-1980')
    expect(await top('casablanca', 2)).toEqual(['casablanca-1942', 'a-night-in-casablanca-1946'])
  })

  it('ranks a person by their films: Cher before Cheri Oteri', async () => {
    const people = (await engine.search('cher', 400)).filter((hit) => hit.kind === 'person')
    expect(people[0]?.id).toBe('cher')
    expect(people.slice(0, 6).map((hit) => hit.id)).toContain('cheri-oteri')
  })

  it('finds directors, those who never acted too', async () => {
    expect(await first('michael curtiz')).toBe('michael-curtiz')
    expect(await first('alfred hitchcock')).toBe('alfred-hitchcock')
    expect(await first('steven spielberg')).toBe('steven-spielberg')
    // The director of 12 Years a Slave is found beside the actor of the name.
    const mcqueen = (await engine.search('steve mcqueen', 20)).map((hit) => hit.id)
    expect(mcqueen).toContain('steve-mcqueen')
    expect(mcqueen).toContain('steve-mcqueen-2010s')
  })

  it('ignores case and accents, typed or not', async () => {
    expect(await first('zoe saldana')).toBe('zoe-saldana')
    expect(await first('Zoë Saldaña')).toBe('zoe-saldana')
    expect(await first('LON CHANEY')).toBe('lon-chaney')
  })

  it('matches the last word as a prefix, and words in any order', async () => {
    expect(await first('moonstr')).toBe('moonstruck-1987')
    expect(await first('saldana zoe')).toBe('zoe-saldana')
    expect(await first('godfather the')).toBe('the-godfather-1972')
  })

  it('reads a full stop after the last word as its end: "e.t." is E.T., not Eternals', async () => {
    expect(await first('e.t.')).toBe('e-t-the-extra-terrestrial-1982')
  })

  it('forgives a one-letter typo', async () => {
    expect(await first('godfater')).toBe('the-godfather-1972')
    expect(await first('casablamca')).toBe('casablanca-1942')
  })

  it('tells the two Carmens of 1915 by their year, both first', async () => {
    expect((await top('carmen 1915', 2)).sort()).toEqual([
      'carmen-1915-cecil-b-demille',
      'carmen-1915-raoul-walsh',
    ])
  })

  it('lists every Treasure Island, each with its year and first names, the most notable first', async () => {
    const hits = (await engine.search('treasure island', 20)).filter(
      (hit) => hit.kind === 'film' && hit.title === 'Treasure Island',
    )
    expect(hits).toHaveLength(9)
    expect(new Set(hits.map((hit) => hit.kind === 'film' && hit.year)).size).toBe(8)
    for (const hit of hits) if (hit.kind === 'film') expect(hit.names.length).toBeGreaterThan(0)
    // The rule: notability (the cast's films) decides among films of one title.
    const weights = hits.map((hit) => hit.score)
    expect(weights).toEqual([...weights].sort((a, b) => b - a))
  })

  it('puts the film most people mean before its remakes and sequels (issue 29)', async () => {
    expect(await first('halloween')).toBe('halloween-1978')
    expect(await first('king kong')).toBe('king-kong-1933')
    expect(await first('12 angry men')).toBe('12-angry-men-1957')
    expect(await first('star w')).toBe('star-wars-1977')
    expect(await first('et')).toBe('e-t-the-extra-terrestrial-1982')
  })

  it('lists a series in its order: Toy Story, then 2, 3 and 4', async () => {
    const films = (await engine.search('toy story', 20)).filter((hit) =>
      hit.kind === 'film' ? /^Toy Story( \d)?$/u.test(hit.title) : false,
    )
    expect(films.map((hit) => hit.id)).toEqual([
      'toy-story-1995',
      'toy-story-2-1999',
      'toy-story-3-2010',
      'toy-story-4-2019',
    ])
    expect(await first('toy story')).toBe('toy-story-1995')
  })

  it('never ranks a re-release above its original: The Phantom Menace before its 3D', async () => {
    const ids = (await engine.search('star wars', 20)).map((hit) => hit.id)
    const original = ids.indexOf('star-wars-episode-i-the-phantom-menace-1999')
    expect(original).toBeGreaterThanOrEqual(0)
    expect(original).toBeLessThan(ids.indexOf('star-wars-episode-i-the-phantom-menace-3d-2012'))
  })

  it('finds a title by the number, numeral or abbreviation a fan types', async () => {
    expect(await first('9 to 5')).toBe('nine-to-five-1980')
    expect(await first('sunset blvd')).toBe('sunset-boulevard-1950')
    expect(await first('godfather 2')).toBe('the-godfather-part-ii-1974')
    expect(await first('rocky 2')).toBe('rocky-ii-1979')
    expect(await first('doctor strangelove')).toBe(
      'dr-strangelove-or-how-i-learned-to-stop-worrying-and-love-the-bomb-1964',
    )
  })

  it('reads a year as itself, never as a typo of another, and lists its films', async () => {
    const hits = await engine.search('1917', 20)
    expect(hits[0]?.id).toBe('1917-2019')
    // Then the year's films, the best known first: none of 1915 nor 1937.
    expect(hits.slice(1).map((hit) => hit.kind === 'film' && hit.year)).toEqual(
      Array.from({ length: 19 }, () => 1917),
    )
    const scores = hits.slice(1).map((hit) => hit.score)
    expect(scores).toEqual([...scores].sort((a, b) => b - a))
    // "1941" is Spielberg's film first, then the titles holding the year, then its films.
    const of1941 = (await engine.search('1941', 400)).map((hit) => hit.id)
    expect(of1941.slice(0, 2)).toEqual(['1941-1979', 'hit-parade-of-1941-1940'])
    expect(of1941).toContain('citizen-kane-1941')
  })

  it('puts a name and the names it starts before a one-letter typo: "cher"', async () => {
    const people = (await engine.search('cher', 400)).flatMap((hit) =>
      hit.kind === 'person' ? [hit.name] : [],
    )
    expect(people[0]).toBe('Cher')
    const starts = (name: string) => /(^|\s)cher/iu.test(name)
    const lastPrefix = people.findLastIndex(starts)
    const firstTypo = people.findIndex((name) => !starts(name))
    expect(people).toContain('Joan Chen')
    expect(lastPrefix).toBeLessThan(firstTypo)
  })

  it('answers "the" with films, not nothing', async () => {
    expect((await engine.search('the', 10)).length).toBe(10)
  })

  it('finds the two people a query names, for the films they share', async () => {
    const pair = await engine.twoPeople('cher nicolas cage')
    expect(pair?.map((hit) => hit.id)).toEqual(['cher', 'nicolas-cage'])
  })

  it('offers the best-known people of two surnames typed alone, as pairs to check', async () => {
    const pairs = async (query: string) =>
      (await engine.surnamePairs(query)).map((pair) => pair.map((hit) => hit.id).join('+'))
    expect((await pairs('bogart bacall'))[0]).toBe('humphrey-bogart+lauren-bacall')
    expect(await pairs('hanks ryan')).toContain('tom-hanks+meg-ryan')
    expect(await pairs('tracy hepburn')).toContain('spencer-tracy+katharine-hepburn')
    expect(await pairs('laurel hardy')).toContain('stan-laurel+oliver-hardy')
    expect(await engine.search('bogart bacall')).toEqual([])
    // Words that name no one's surname offer no pair.
    expect(await pairs('star wars')).toEqual([])
  })
})

describe('the search fixture of the component tests', () => {
  it('is what the index step writes for the fixture films and people', () => {
    const read = <T>(dir: string) =>
      readdirSync(join('src', 'test', 'data', dir))
        .filter((name) => name.endsWith('.json'))
        .sort()
        .map(
          (name) => JSON.parse(readFileSync(join('src', 'test', 'data', dir, name), 'utf8')) as T,
        )
    const index = searchIndex(read<Film>('films'), read<Person>('people'))
    for (const [path, text] of index.files) {
      expect(readFileSync(join('src', 'test', 'data', path), 'utf8'), path).toBe(text)
    }
    expect(readdirSync(join('src', 'test', 'data', 'search', index.manifest.version)).length).toBe(
      index.shards,
    )
  })
})

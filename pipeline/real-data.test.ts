// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { CatalogPage } from '../src/data/catalog-schema.ts'
import type { CatalogOrder } from '../src/data/catalog-view.ts'
import type { Film } from '../src/data/film-schema.ts'
import { build, type BuildInput } from './build.ts'

/** The whole chain on the real sources, read once: what issue 15 promises of them. */
const LISTS = join('data', 'sources', 'wikipedia')
const lists = readdirSync(LISTS)
  .filter((name) => name.endsWith('.json'))
  .sort()
  .map((file) => ({ file, text: readFileSync(join(LISTS, file), 'utf8') }))
const manifest = JSON.parse(readFileSync(join('data', 'films.json'), 'utf8')) as {
  films: { page: string; title: string; slug?: string }[]
}
const pages = manifest.films.map((entry) => ({
  text: readFileSync(join('data', 'pages', entry.page), 'utf8'),
  title: entry.title,
  source: entry.page,
  ...(entry.slug ? { id: entry.slug } : {}),
}))
const result = build({ lists, pages })
const FIXTURES = join('src', 'test', 'data', 'films')
const film = (id: string): Film => {
  const file = result.files.find(([path]) => path === join('films', `${id}.json`))
  if (!file) throw new Error(`no file for ${id}`)
  return JSON.parse(file[1]) as Film
}

const catalog = (order: CatalogOrder) =>
  result.files
    .filter(([path]) => path.startsWith(join('catalog', order, '')))
    .map(([, content]) => JSON.parse(content) as CatalogPage)
    .sort((a, b) => a.page - b.page)

describe('the catalog built from the real sources', () => {
  it('has every listed film, each with its own id, and nothing that fails the build', () => {
    expect(result.counts).toEqual({
      pages: 4,
      listed: 36_273,
      merged: 1,
      films: 36_276,
      catalogPages: { title: 363, year: 363 },
    })
    expect(
      result.report.filter((item) => item.kind === 'fatal' || item.reason.startsWith('invalid')),
    ).toEqual([])
  })

  it("merges Mask: the page's facts, the list's genres and article, Cher once with the page's character", () => {
    const merged = film('mask-1985')
    expect(merged.rating).toEqual({ value: 7, max: 10, votes: 12168 })
    expect(merged.genres).toEqual(['Drama', 'Biography'])
    expect(merged.wikipedia).toBe('Mask_(1985_film)')
    expect(merged.cast.filter((credit) => credit.actor === 'Cher')).toEqual([
      { id: 'cast-1', actor: 'Cher', character: "Florence 'Rusty' Dennis", note: null },
    ])
    expect(merged.sources?.cast).toEqual(['page', 'wikipedia-list'])
  })

  it('gives the two Carmens of 1915 two pages', () => {
    expect(film('carmen-1915-cecil-b-demille').cast.map((credit) => credit.actor)).toEqual([
      'Geraldine Farrar',
      'Wallace Reid',
    ])
    expect(film('carmen-1915-raoul-walsh').cast.map((credit) => credit.actor)).toEqual([
      'Theda Bara',
    ])
  })

  it('pages the catalog by title from -30- to Zotz!, every film once, 100 a page', () => {
    const pages = catalog('title')
    expect(pages.map((page) => page.page)).toEqual(pages.map((_, i) => i + 1))
    expect(pages[0]).toMatchObject({ page: 1, pages: 363, total: 36_276 })
    expect(pages[0]?.films.slice(0, 3).map((entry) => entry.title)).toEqual([
      '-30-',
      '...All the Marbles',
      '...And Justice for All',
    ])
    expect(pages.at(-1)?.films.at(-1)?.title).toBe('Zotz!')
    expect(pages[0]?.jumps.map((jump) => jump.label)).toEqual([
      '#',
      ...'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
    ])
    const ids = pages.flatMap((page) => page.films.map((entry) => entry.id))
    expect(new Set(ids).size).toBe(36_276)
    expect(pages.slice(0, -1).every((page) => page.films.length === 100)).toBe(true)
  })

  it('pages it by year from the 2023 films, with a jump to each decade', () => {
    const pages = catalog('year')
    expect(pages).toHaveLength(363)
    expect(new Set(pages[0]?.films.map((entry) => entry.year))).toEqual(new Set([2023]))
    expect(pages[0]?.jumps[0]).toEqual({ label: '2020s', page: 1 })
    expect(pages[0]?.jumps.at(-1)?.label).toBe('1900s')
  })

  it('lists Mask with its stars, genres, rating and director, on page 152 by title', () => {
    const page = catalog('title').find((each) => each.films.some((film) => film.id === 'mask-1985'))
    // The browser tests open Mask from this page (tests/e2e/routes.ts).
    expect(page?.page).toBe(152)
    const entry = page?.films.find((film) => film.id === 'mask-1985')
    expect(entry).toEqual({
      id: 'mask-1985',
      title: 'Mask',
      year: 1985,
      genres: ['Drama', 'Biography'],
      stars: ['Cher', 'Sam Elliott', 'Eric Stoltz'],
      rating: { value: 7, max: 10 },
      directors: ['Peter Bogdanovich'],
    })
  })

  it('keeps every page file small and writes no file of the whole catalog', () => {
    const sizes = result.files
      .filter(([path]) => path.startsWith('catalog'))
      .map(([, content]) => Buffer.byteLength(content))
    expect(Math.max(...sizes)).toBeLessThan(24_000)
    expect(result.files.filter(([path]) => !/^(films|catalog)[\\/]/.test(path))).toEqual([])
    expect(result.files.some(([path]) => path.endsWith('index.json'))).toBe(false)
  })

  // The component tests read these files: they must be the data users get.
  it.each(readdirSync(FIXTURES).map((name) => [name]))(
    'src/test/data/films/%s is what the build writes',
    (name) => {
      const built = result.files.find(([path]) => path === join('films', name))
      expect(built?.[1], `run \`npm run catalog\` and copy .cache/catalog/films/${name}`).toBe(
        readFileSync(join(FIXTURES, name), 'utf8'),
      )
    },
  )

  it('every page in data/pages has an entry in data/films.json', () => {
    const onDisk = readdirSync(join('data', 'pages')).filter((name) => name.endsWith('.txt'))
    expect(onDisk.sort()).toEqual(manifest.films.map((film) => film.page).sort())
  })

  it('writes the same bytes when a list is read in another order', () => {
    const decade = lists.find(
      (list) => list.file === 'movies-1910s.json',
    ) as BuildInput['lists'][number]
    const lines = decade.text.trim().split('\n')
    const reversed = [
      '[',
      ...lines
        .slice(1, -1)
        .map((line) => line.replace(/,$/, ''))
        .reverse()
        .map((line, i, all) => (i < all.length - 1 ? `${line},` : line)),
      ']',
    ]
    const one = build({ lists: [decade], pages: [] })
    const two = build({ lists: [{ file: decade.file, text: reversed.join('\n') }], pages: [] })
    expect(two.files).toEqual(one.files)
  })
})

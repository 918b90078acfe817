// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Film } from '../src/data/film-schema.ts'
import { build, type BuildInput } from './build.ts'

/** The whole chain on the real sources, read once: what issue 15 promises of them. */
const LISTS = join('data', 'sources', 'wikipedia')
const lists = readdirSync(LISTS)
  .filter((name) => name.endsWith('.json'))
  .sort()
  .map((file) => ({ file, text: readFileSync(join(LISTS, file), 'utf8') }))
const mask = {
  text: readFileSync(join('data', 'pages', 'mask-1985.txt'), 'utf8'),
  title: 'Mask',
  source: 'mask-1985.txt',
}
const result = build({ lists, pages: [mask] })
const film = (id: string): Film => {
  const file = result.files.find(([path]) => path === join('films', `${id}.json`))
  if (!file) throw new Error(`no file for ${id}`)
  return JSON.parse(file[1]) as Film
}

describe('the catalog built from the real sources', () => {
  it('has every listed film, each with its own id, and nothing that fails the build', () => {
    expect(result.counts).toEqual({ pages: 1, listed: 36_273, merged: 1, films: 36_273 })
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

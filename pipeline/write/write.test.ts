import { mkdtemp, readdir, readFile, rm, writeFile, mkdir } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { listedFilm } from '../test/builders.ts'
import type { CatalogPage } from '../../contract/catalog-schema.ts'
import { paginate } from '../derived/paginate.ts'
import { validate } from '../films/validate.ts'
import type { Person } from '../../contract/person-schema.ts'
import type { ReportItem } from './report.ts'
import { renderFiles, toPageFile, toPersonFile, toReportFile, writeTree } from './write.ts'

const film = (title: string, id: string) =>
  listedFilm(id, { title, year: 1980, genres: ['Comedy'] })

let root: string
beforeEach(async () => void (root = await mkdtemp(join(tmpdir(), 'write-test-'))))
afterEach(() => rm(root, { recursive: true, force: true }))

describe('renderFiles', () => {
  it('gives the same bytes whatever order the films come in', () => {
    const films = [film('Zelig', 'zelig-1980'), film('Airplane!', 'airplane-1980')]
    const render = (input: typeof films) => {
      const valid = validate(input).films
      return renderFiles(valid, paginate(valid), [], [])
    }
    expect(render([...films].reverse())).toEqual(render(films))
    expect(render(films).map(([path]) => path)).toEqual([
      join('films', 'airplane-1980.json'),
      join('films', 'zelig-1980.json'),
      join('catalog', 'title', '1.json'),
      join('catalog', 'year', '1.json'),
      join('catalog', 'oldest', '1.json'),
      // The one decade and the one genre, and the two together.
      ...['1980s', 'comedy', '1980s-comedy'].flatMap((filter) => [
        join('catalog', filter, 'title', '1.json'),
        join('catalog', filter, 'year', '1.json'),
        join('catalog', filter, 'oldest', '1.json'),
      ]),
      join('reports', 'data-quality.json'),
    ])
  })
})

describe('toPageFile', () => {
  it('writes a page as JSON with one film a line', () => {
    const [page] = paginate([film('Zelig', 'zelig-1980'), film('Airplane!', 'airplane-1980')])
    const file = toPageFile(page as CatalogPage)
    expect(JSON.parse(file)).toEqual(page)
    expect(file.split('\n')).toEqual([
      '{"schemaVersion":1,"filter":{"slug":"","decade":null,"genre":null},"facets":{"decades":[{"label":"1980s","films":2}],"genres":[{"label":"Comedy","films":2}]},"order":"title","page":1,"pages":1,"total":2,"people":0,"jumps":[{"label":"A","page":1,"film":"airplane-1980"},{"label":"Z","page":1,"film":"zelig-1980"}],"about":"2 American films from Wikipedia\'s yearly lists.","films":[',
      '{"id":"airplane-1980","title":"Airplane!","year":1980,"genres":["Comedy"],"stars":[],"rating":null,"directors":[]},',
      '{"id":"zelig-1980","title":"Zelig","year":1980,"genres":["Comedy"],"stars":[],"rating":null,"directors":[]}',
      ']}',
      '',
    ])
  })

  it('writes an empty page as valid JSON', () => {
    const [page] = paginate([])
    expect(JSON.parse(toPageFile(page as CatalogPage))).toEqual(page)
  })
})

describe('toPersonFile', () => {
  const person: Person = {
    schemaVersion: 2,
    id: 'cher',
    name: 'Cher',
    label: null,
    films: 2,
    filmography: [
      {
        film: 'mask-1985',
        title: 'Mask',
        year: 1985,
        genres: [],
        character: "Florence 'Rusty' Dennis",
        note: null,
        creditedAs: null,
        sources: ['page', 'wikipedia-list'],
      },
      {
        film: 'moonstruck-1987',
        title: 'Moonstruck',
        year: 1987,
        genres: [],
        character: null,
        note: null,
        creditedAs: null,
        sources: ['wikipedia-list'],
      },
    ],
    filmsPerYear: [
      { year: 1985, films: 1 },
      { year: 1987, films: 1 },
    ],
    coStars: [{ id: 'sam-elliott', name: 'Sam Elliott', label: null, films: 2 }],
  }

  it('writes a person as JSON with one film of the filmography a line', () => {
    const file = toPersonFile(person)
    expect(JSON.parse(file)).toEqual(person)
    expect(file.split('\n')).toHaveLength(5)
    expect(file.split('\n')[1]).toBe(JSON.stringify(person.filmography[0]) + ',')
  })
})

describe('toReportFile', () => {
  it('writes the counts by kind and reason, then one item a line', () => {
    const items: ReportItem[] = [
      {
        kind: 'repaired',
        reason: 'merged-case',
        source: { file: 'movies-1930s.json', film: 'greed-1924', person: 'zasu-pitts' },
        text: 'Zasu Pitts',
        detail: 'one person with ZaSu Pitts',
      },
      {
        kind: 'unplaced',
        reason: 'list-residue',
        source: { file: 'movies-1910s.json', film: 'x-1914' },
        text: ']',
      },
      {
        kind: 'unplaced',
        reason: 'list-residue',
        source: { file: 'movies-1910s.json', film: 'y-1915' },
        text: '.',
      },
    ]
    const file = toReportFile(items)
    expect(JSON.parse(file)).toEqual({
      schemaVersion: 1,
      counts: {
        unplaced: { 'list-residue': 2 },
        repaired: { 'merged-case': 1 },
        review: {},
        fatal: {},
      },
      items,
    })
    expect(file.split('\n')).toHaveLength(6)
  })
})

describe('writeTree', () => {
  it('replaces the whole output directory, leaving no temporary files', async () => {
    const out = join(root, 'catalog')
    await mkdir(join(out, 'films'), { recursive: true })
    await writeFile(join(out, 'films', 'stale.json'), '{}')
    await writeTree(out, [[join('films', 'a.json'), 'A\n']])
    expect(await readdir(join(out, 'films'))).toEqual(['a.json'])
    expect(await readFile(join(out, 'films', 'a.json'), 'utf8')).toBe('A\n')
    expect(await readdir(root)).toEqual(['catalog'])
  })

  it('leaves the old catalog in place when a write fails', async () => {
    const out = join(root, 'catalog')
    await writeTree(out, [[join('films', 'a.json'), 'A\n']])
    await expect(
      writeTree(out, [
        [join('films', 'b.json'), 'B\n'],
        // a.json is made a directory for x.json, so writing a.json fails.
        [join('films', 'a.json'), 'A2\n'],
        [join('films', 'a.json', 'x.json'), 'X'],
      ]),
    ).rejects.toThrow()
    expect(await readdir(join(out, 'films'))).toEqual(['a.json'])
    expect(await readFile(join(out, 'films', 'a.json'), 'utf8')).toBe('A\n')
    expect(await readdir(root)).toEqual(['catalog'])
  })
})

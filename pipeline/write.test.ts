// @vitest-environment node
import { mkdtemp, readdir, readFile, rm, writeFile, mkdir } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { listFilm } from './merge.ts'
import { validate } from './validate.ts'
import { renderFiles, writeTree } from './write.ts'

const film = (title: string, id: string) =>
  listFilm(
    {
      title,
      year: 1980,
      cast: [],
      genres: ['Comedy'],
      href: null,
      source: { file: 'movies-1980s.json', line: 2, index: 0 },
    },
    id,
    [],
  )

let root: string
beforeEach(async () => void (root = await mkdtemp(join(tmpdir(), 'write-test-'))))
afterEach(() => rm(root, { recursive: true, force: true }))

describe('renderFiles', () => {
  it('gives the same bytes whatever order the films come in', () => {
    const films = [film('Zelig', 'zelig-1980'), film('Airplane!', 'airplane-1980')]
    const one = validate(films)
    const two = validate([...films].reverse())
    expect(renderFiles(two.films, two.catalog)).toEqual(renderFiles(one.films, one.catalog))
    expect(renderFiles(one.films, one.catalog).map(([path]) => path)).toEqual([
      join('films', 'airplane-1980.json'),
      join('films', 'zelig-1980.json'),
      join('films', 'index.json'),
    ])
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

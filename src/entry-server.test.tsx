// @vitest-environment node
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { DataLoadError } from './data/load-error.ts'
import { describeErrors, renderPage } from './entry-server.tsx'

const FILM = join(import.meta.dirname, 'test', 'data', 'films', 'mask-1985.json')

describe('a page that fails to render on the server', () => {
  it('names the data file and what is wrong with it', async () => {
    const text = await readFile(FILM, 'utf8')
    const cutShort = async () => text.slice(0, 200)
    await expect(
      renderPage('/films/mask-1985', 'overview', cutShort, 'http://localhost'),
    ).rejects.toThrow(
      '/films/mask-1985 failed to render: /data/films/mask-1985.json: The data file is not valid JSON; it may have been cut short.',
    )
  })

  it.each([
    [
      new DataLoadError('schema', 'A field is wrong.', { url: '/data/x.json', path: 'cast[3]' }),
      '/data/x.json: A field is wrong. (at cast[3])',
    ],
    [new TypeError('x is undefined'), 'TypeError: x is undefined'],
    ['a string', 'a string'],
  ])('describes %s in words', (error, words) => {
    expect(describeErrors({ '0-0': error })).toBe(words)
  })
})

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

describe('the search’s results page, rendered on the server', () => {
  const TEST_DATA = join(import.meta.dirname, 'test', 'data')
  // The fixture's data and index (src/test/data), as the server reads dist/.
  const read = (path: string) =>
    readFile(join(TEST_DATA, path.slice('data/'.length)), 'utf8').catch(() => null)
  const render = async (path: string) => {
    const page = await renderPage(path, 'search', read, 'https://films.example')
    if ('redirect' in page) throw new Error(`${path} redirects`)
    return page
  }

  it('holds the query’s results, grouped, each a link, from the index on the disk', async () => {
    const page = await render('/search?q=harrison')
    expect(page.title).toBe('Search: harrison · Film Explorer')
    expect(page.body).toContain('Results for “harrison”')
    expect(page.body).toContain('<a href="/people/harrison-ford-1960s"')
    expect(page.body).toContain('Harrison Ford (1968–2023)')
    expect(page.body).toContain('2 people')
    // The box holds the query, in a form that asks the server without JavaScript.
    expect(page.body).toMatch(/<form[^>]*action="\/search"/)
    expect(page.body).toMatch(/<input[^>]*name="q"[^>]*value="harrison"/)
    expect(page.canonicalUrl).toBe('https://films.example/search?q=harrison')
    expect(page.description).toBe(
      'Films and people matching “harrison” in Film Explorer: Harrison Ford (1968–2023) and Harrison Ford (1917–1928).',
    )
    // The app hydrates from the results, and shows them at once: nothing to hold back.
    expect(page.payload.queries.map((query) => query.queryKey)).toEqual([
      ['search', 50, 'harrison'],
    ])
    expect(page.ownedParams).toEqual([])
    // The index files the server read are not the page's data: nothing
    // preloads them, and they are listed apart, for offline use.
    expect(page.dataFiles).toEqual([])
    expect(page.searchFiles).toContain('/data/search/manifest.json')
  })

  it('says kindly that nothing matches a query with no results', async () => {
    const page = await render('/search?q=zzzz')
    expect(page.body).toContain('Nothing matches “zzzz”.')
    expect(page.description).toBe('Nothing in Film Explorer matches “zzzz”.')
  })

  it.each(['/search', '/search?q=', '/search?q=%20%21%3F', '/search?other=1'])(
    'renders %s, with nothing to search by, as the page that asks for a query',
    async (path) => {
      const page = await render(path)
      expect(page.body).toContain('Type a title or a name.')
      expect(page.title).toBe('Search · Film Explorer')
      expect(page.canonicalUrl).toBe('https://films.example/search')
      expect(page.payload.queries).toEqual([])
    },
  )

  it('renders the films two named people share, without their files in the page', async () => {
    const page = await render('/search?q=cage%20cher')
    expect(page.body).toContain('Films with Nicolas Cage and Cher')
    expect(page.body).toContain('<a href="/films/moonstruck-1987"')
    expect(page.payload.queries.map((query) => query.queryKey)).toEqual([
      ['search', 50, 'cage cher'],
    ])
  })
})

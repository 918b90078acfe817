import { screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { renderRoute } from '../../test/render-route.tsx'
import { CATALOG_URL, server } from '../../test/server.ts'

// The fixture catalog: five films, two a page (src/test/data/catalog/README.md).
const titles = async (heading = 'Films') => {
  // The first visit loads the route's code: longer than a second on a busy machine.
  await screen.findByRole('heading', { level: 1, name: heading }, { timeout: 5000 })
  return screen.queryAllByRole('heading', { level: 2 }).map((heading) => heading.textContent)
}
const pager = () => screen.getByRole('navigation', { name: 'Pages' })
const card = (title: string) => screen.getByRole('link', { name: title }).closest('li')

describe('catalog route', () => {
  it('opens on the first page by title, each film a link with what the page knows of it', async () => {
    renderRoute('/')
    expect(await titles()).toEqual(['Airplane!', 'Example Harbour Nights (a Sample)'])
    // What the site holds, from the catalog's own counts.
    expect(
      screen.getByText(
        "5 American films from Wikipedia's yearly lists, 1960s to 2000s, and the 34 people in them.",
      ),
    ).toBeVisible()
    expect(
      screen.getByText(
        '5 films, by title. Page 1 of 3: Airplane! – Example Harbour Nights (a Sample)',
      ),
    ).toBeVisible()
    expect(screen.getByRole('link', { name: 'Airplane!' })).toHaveAttribute(
      'href',
      '/films/airplane-1980',
    )
    // A film from the lists: genres and stars, and no word about what it lacks.
    expect(card('Airplane!')).toHaveTextContent(
      /^Airplane!1980 · Comedy, SatireWith Robert Hays, Julie Hagerty and Leslie Nielsen$/,
    )
    const harbour = card('Example Harbour Nights (a Sample)') as HTMLElement
    expect(harbour).toHaveTextContent('Directed by Harold P. Winters')
    expect(within(harbour).getByText('Rated 6.4 out of 10')).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'By title' })).toHaveAttribute('aria-current', 'page')
    expect(screen.getByRole('link', { name: 'Newest first' })).not.toHaveAttribute('aria-current')
    await waitFor(() => expect(document.title).toBe('Films · Film Explorer'))
  })

  it('goes through the pages with Next and Previous, each page at its own path', async () => {
    const { user, currentUrl } = renderRoute('/')
    await titles()
    expect(within(pager()).queryByRole('link', { name: 'Previous' })).not.toBeInTheDocument()
    await user.click(within(pager()).getByRole('link', { name: 'Next' }))
    await waitFor(async () => expect(await titles()).toEqual(['Mask', 'Sample Minimal Film']))
    expect(currentUrl()).toBe('/catalog/title/2')
    expect(within(pager()).getByRole('link', { name: 'Page 2' })).toHaveAttribute(
      'aria-current',
      'page',
    )
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 })).toHaveFocus())
    expect(document.title).toBe('Films, page 2 · Film Explorer')
    // The order it is in, though not its first page.
    expect(screen.getByRole('link', { name: 'By title' })).toHaveAttribute('aria-current', 'page')

    await user.click(within(pager()).getByRole('link', { name: 'Next' }))
    await waitFor(async () => expect(await titles()).toEqual(['The Sample Lighthouse']))
    expect(within(pager()).queryByRole('link', { name: 'Next' })).not.toBeInTheDocument()
    await user.click(within(pager()).getByRole('link', { name: 'Previous' }))
    await waitFor(() => expect(currentUrl()).toBe('/catalog/title/2'))
    await user.click(within(pager()).getByRole('link', { name: 'Page 1' }))
    await waitFor(() => expect(currentUrl()).toBe('/'))
  })

  it('switches to the newest films first, then the oldest, and back', async () => {
    const { user, currentUrl } = renderRoute('/catalog/title/3')
    await titles()
    await user.click(screen.getByRole('link', { name: 'Newest first' }))
    await waitFor(async () =>
      expect(await titles('Films, newest first')).toEqual(['Sample Minimal Film', 'Mask']),
    )
    expect(currentUrl()).toBe('/catalog/year/1')
    expect(screen.getByText(/^5 films, newest first\. Page 1 of 3: 2003 – 1985$/)).toBeVisible()
    expect(screen.getByRole('link', { name: 'Newest first' })).toHaveAttribute(
      'aria-current',
      'page',
    )
    await waitFor(() => expect(document.title).toBe('Films, newest first, page 1 · Film Explorer'))
    await user.click(screen.getByRole('link', { name: 'Oldest first' }))
    await waitFor(async () =>
      expect(await titles('Films, oldest first')).toEqual([
        'Example Harbour Nights (a Sample)',
        'The Sample Lighthouse',
      ]),
    )
    expect(currentUrl()).toBe('/catalog/oldest/1')
    expect(screen.getByText(/^5 films, oldest first\. Page 1 of 3: 1962 – 1979$/)).toBeVisible()
    await user.click(screen.getByRole('link', { name: 'By title' }))
    await waitFor(() => expect(currentUrl()).toBe('/'))
  })

  it('jumps to the page where a letter starts, and to the letter on it', async () => {
    const { user, currentUrl } = renderRoute('/')
    await titles()
    const letters = screen.getByRole('navigation', { name: 'Jump to' })
    expect(
      within(letters)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['A', 'E', 'M', 'S', 'T'])
    // "S" starts halfway down page 2, after "Mask": the jump lands on its first film.
    await user.click(within(letters).getByRole('link', { name: 'S' }))
    await waitFor(async () => expect(await titles()).toEqual(['Mask', 'Sample Minimal Film']))
    expect(currentUrl()).toBe('/catalog/title/2#sample-minimal-film-2003')
    await waitFor(() => expect(card('Sample Minimal Film')).toHaveFocus())
  })

  it('opens a shared link to a page by year as that page, with its decades', async () => {
    renderRoute('/catalog/year/2')
    expect(await titles('Films, newest first')).toEqual(['Airplane!', 'The Sample Lighthouse'])
    expect(screen.getByText(/Page 2 of 3: 1980 – 1979$/)).toBeVisible()
    const decades = screen.getByRole('navigation', { name: 'Jump to' })
    expect(within(decades).getByRole('link', { name: '1960s' })).toHaveAttribute(
      'href',
      '/catalog/year/3#example-harbour-nights-a-sample-1962',
    )
    await waitFor(() => expect(document.title).toBe('Films, newest first, page 2 · Film Explorer'))
  })

  it('gives the first page by title one URL: /catalog/title/1 goes to /', async () => {
    const { currentUrl } = renderRoute('/catalog/title/1')
    expect(await titles()).toEqual(['Airplane!', 'Example Harbour Nights (a Sample)'])
    expect(currentUrl()).toBe('/')
  })

  it('says how many pages there are for a page past the last, with a way home', async () => {
    const { user, currentUrl } = renderRoute('/catalog/title/4')
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible()
    expect(screen.getByText('There is no page 4: the catalog has 3 pages by title.')).toBeVisible()
    await user.click(screen.getByRole('link', { name: 'Go to the home page' }))
    expect(await titles()).toHaveLength(2)
    expect(currentUrl()).toBe('/')
  })

  it.each(['/catalog/rating/1', '/catalog/year/02', '/catalog/year/0', '/catalog/title/two'])(
    'answers %s, which names no page, with "Page not found" and what there is',
    async (url) => {
      const requested: string[] = []
      server.events.on('request:start', ({ request }) => void requested.push(request.url))
      renderRoute(url)
      expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeVisible()
      expect(
        screen.getByText(/The catalog has pages by title and by year, numbered from 1/),
      ).toBeVisible()
      expect(requested).toEqual([])
      server.events.removeAllListeners()
    },
  )

  it('says so when the catalog is empty', async () => {
    server.use(
      http.get(CATALOG_URL, () =>
        HttpResponse.json({
          schemaVersion: 1,
          filter: { slug: '', decade: null, genre: null },
          facets: { decades: [], genres: [] },
          order: 'title',
          page: 1,
          pages: 1,
          total: 0,
          people: 0,
          jumps: [],
          films: [],
        }),
      ),
    )
    renderRoute('/')
    expect(await screen.findByText('The catalog has no films yet.')).toBeVisible()
    expect(screen.queryByRole('navigation', { name: 'Pages' })).not.toBeInTheDocument()
  })

  it('says what went wrong when the first page is missing, rather than "not found"', async () => {
    server.use(http.get(CATALOG_URL, () => new HttpResponse('gone', { status: 404 })))
    renderRoute('/')
    expect(
      await screen.findByRole('heading', { name: 'The catalog page could not be loaded' }),
    ).toBeVisible()
    expect(screen.getByText('The data file does not exist.')).toBeVisible()
  })
})

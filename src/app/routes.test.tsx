import { act, screen, waitFor, within } from '@testing-library/react'
import { delay, http, HttpResponse } from 'msw'
import { cloneFilm } from '../test/fixtures.ts'
import { watchForText } from '../test/ever-shown.ts'
import { renderRoute } from '../test/render-route.tsx'
import { FILM_URL, server, serveFilm } from '../test/server.ts'

const filmHeading = () => screen.findByRole('heading', { level: 1, name: 'Mask (1985)' })

describe('routes', () => {
  it('opens on the catalog at /', async () => {
    renderRoute('/')
    expect(await screen.findByRole('heading', { level: 1, name: 'Films' })).toBeVisible()
    await waitFor(() => expect(document.title).toBe('Films · Film Explorer'))
  })

  it('goes from a page of the catalog to a film, and to the catalog from the film', async () => {
    const { user, currentUrl } = renderRoute('/catalog/title/2')
    await user.click(await screen.findByRole('link', { name: 'Mask' }))
    expect(await filmHeading()).toBeVisible()
    expect(currentUrl()).toBe('/films/mask-1985')
    await user.click(screen.getByRole('link', { name: 'Film Explorer' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Films' })).toBeVisible()
    expect(currentUrl()).toBe('/')
  })

  it.each([
    ['/films/mask-1985', 'Overview · Mask (1985)', 'Overview'],
    ['/films/mask-1985/cast', 'Cast · Mask (1985)', 'Cast'],
    ['/films/mask-1985/trivia', 'Trivia · Mask (1985)', 'Trivia'],
    ['/films/mask-1985/reviews', 'Reviews · Mask (1985)', 'Reviews'],
  ])('%s has its title, heading and current tab', async (url, title, heading) => {
    renderRoute(url)
    expect(await screen.findByRole('heading', { level: 2, name: heading })).toBeInTheDocument()
    await waitFor(() => expect(document.title).toBe(title))
    const tabs = screen.getByRole('navigation', { name: 'Mask sections' })
    const current = within(tabs)
      .getAllByRole('link')
      .filter((link) => link.getAttribute('aria-current') === 'page')
    expect(current.map((link) => link.textContent)).toEqual([title.split(' · ')[0]])
  })

  it('gives a title that ends in brackets its year after a comma, not a second pair', async () => {
    renderRoute('/films/example-harbour-nights-a-sample-1962/cast')
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Example Harbour Nights (a Sample) (1962)',
      }),
    ).toBeVisible()
    await waitFor(() =>
      expect(document.title).toBe('Cast · Example Harbour Nights (a Sample) (1962)'),
    )
  })

  it('moves between sections with the tabs', async () => {
    const { user, currentUrl } = renderRoute('/films/mask-1985')
    await filmHeading()
    for (const [tab, path, heading] of [
      ['Cast', '/films/mask-1985/cast', 'Cast'],
      ['Trivia', '/films/mask-1985/trivia', 'Trivia'],
      ['Reviews', '/films/mask-1985/reviews', 'Reviews'],
      ['Overview', '/films/mask-1985', 'Overview'],
    ] as const) {
      await user.click(screen.getByRole('link', { name: tab }))
      expect(await screen.findByRole('heading', { level: 2, name: heading })).toBeInTheDocument()
      expect(currentUrl()).toBe(path)
      expect(screen.getByRole('link', { name: tab })).toHaveAttribute('aria-current', 'page')
    }
  })

  it('shows not-found with a way home for an unknown path', async () => {
    const { user, currentUrl } = renderRoute('/no/such/page')
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible()
    expect(screen.getByText('/no/such/page')).toBeInTheDocument()
    await waitFor(() => expect(document.title).toBe('Page not found · Film Explorer'))
    await user.click(screen.getByRole('link', { name: 'Go to the home page' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Films' })).toBeVisible()
    expect(currentUrl()).toBe('/')
  })

  it.each(['/films/no-such-film', '/films/no-such-film/cast', '/films/BAD%20ID'])(
    'shows not-found for the unknown film %s',
    async (url) => {
      renderRoute(url)
      expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeVisible()
      expect(screen.getByText(/There is no film with the id/)).toBeInTheDocument()
    },
  )

  it('shows what went wrong when the server fails, and recovers on Retry', async () => {
    server.use(http.get(FILM_URL, () => new HttpResponse('boom', { status: 500 }), { once: true }))
    const { user } = renderRoute('/films/mask-1985/cast')
    expect(
      await screen.findByRole('heading', { name: 'The film could not be loaded' }),
    ).toBeVisible()
    expect(screen.getByText(/HTTP 500/)).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Retry' }))
    expect(await screen.findByRole('heading', { level: 2, name: 'Cast' })).toBeVisible()
  })

  it('says the network is down, and recovers on Retry once it is back', async () => {
    server.use(http.get(FILM_URL, () => HttpResponse.error(), { once: true }))
    const { user } = renderRoute('/films/mask-1985')
    expect(await screen.findByText(/Could not reach the server/)).toBeVisible()
    expect(screen.getByText(/Check your connection, then retry/)).toBeVisible()
    await user.click(screen.getByRole('button', { name: 'Retry' }))
    expect(await filmHeading()).toBeVisible()
  })

  it('answers a film whose file is missing with "Page not found", without fetching the catalog', async () => {
    const requested: string[] = []
    server.events.on(
      'request:start',
      ({ request }) => void requested.push(new URL(request.url).pathname),
    )
    server.use(http.get(FILM_URL, () => new HttpResponse('gone', { status: 404 }), { once: true }))
    renderRoute('/films/mask-1985')
    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeVisible()
    expect(screen.getByText('There is no film with the id “mask-1985”.')).toBeVisible()
    expect(requested).toEqual(['/data/films/mask-1985.json'])
    server.events.removeAllListeners()
  })

  it('says the browser is offline, and loads by itself when the connection is back', async () => {
    const onLine = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false)
    server.use(http.get(FILM_URL, () => HttpResponse.error(), { once: true }))
    renderRoute('/films/mask-1985')
    expect(
      await screen.findByText('You are offline, and no copy is saved on this device.'),
    ).toBeVisible()
    expect(
      screen.getByText(
        'It will load by itself when you are back online, or press Retry once you are.',
      ),
    ).toBeVisible()
    onLine.mockRestore()
    act(() => void window.dispatchEvent(new Event('online')))
    expect(await filmHeading()).toBeVisible()
  })

  it('shows the update notice, not the data, when the file is from another build than the code', async () => {
    server.use(
      http.get(FILM_URL, () =>
        HttpResponse.json(cloneFilm(), { headers: { 'X-Build-Id': 'a-newer-build' } }),
      ),
    )
    renderRoute('/films/mask-1985/cast')
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'A new version of Film Explorer is ready',
      }),
    ).toBeVisible()
    expect(screen.getByRole('button', { name: 'Reload' })).toBeVisible()
    expect(screen.queryByRole('heading', { name: 'Cast' })).not.toBeInTheDocument()
    expect(screen.queryByText('Cher')).not.toBeInTheDocument()
  })

  it('renders a file of its own build, named by the header', async () => {
    server.use(
      http.get(FILM_URL, () =>
        HttpResponse.json(cloneFilm(), { headers: { 'X-Build-Id': import.meta.env.BUILD_ID } }),
      ),
    )
    renderRoute('/films/mask-1985')
    expect(await filmHeading()).toBeVisible()
  })

  it('names the failing field path of a malformed film file', async () => {
    const film = cloneFilm()
    ;(film.cast[3] as { actor: unknown }).actor = 42
    serveFilm(film)
    renderRoute('/films/mask-1985/cast')
    expect(await screen.findByText(/malformed at cast\[3\]\.actor/)).toBeVisible()
    expect(screen.getByText('cast[3].actor', { selector: 'code' })).toBeVisible()
  })

  it('refuses a film file that holds another film', async () => {
    serveFilm({ ...cloneFilm(), id: 'another-film' })
    renderRoute('/films/mask-1985')
    expect(await screen.findByText(/holds the film “another-film”/)).toBeVisible()
  })

  it('says it is loading when the data is slow', async () => {
    server.use(
      http.get(FILM_URL, async () => {
        await delay(700)
        return HttpResponse.json(cloneFilm())
      }),
    )
    renderRoute('/films/mask-1985')
    expect(await screen.findByText('Loading film…', {}, { timeout: 1000 })).toBeVisible()
    expect(await filmHeading()).toBeVisible()
    expect(screen.queryByText('Loading film…')).not.toBeInTheDocument()
  })

  it('does not flash a loading message on a fast load', async () => {
    const watch = watchForText('Loading film…')
    renderRoute('/films/mask-1985')
    await filmHeading()
    watch.stop()
    expect(watch.seen()).toBe(false)
  })
})

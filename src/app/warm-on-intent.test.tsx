import { QueryClient } from '@tanstack/react-query'
import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import { createMemoryRouter } from 'react-router'
import userEvent from '@testing-library/user-event'
import { filmQuery } from '../features/film/api/film.ts'
import { personQuery } from '../features/person/api/person.ts'
import { personKeys } from '../data/person-keys.ts'
import { createRoutes } from './routes.tsx'
import { INTENT_MS, warm } from './warm-on-intent.ts'
import { server } from '../test/server.ts'

const rest = () => new Promise((done) => setTimeout(done, INTENT_MS * 3))

/** Links as a page shows them, with the listeners src/app/start-app.tsx installs, on a fresh cache. */
function page() {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  const routes = createRoutes(queryClient)
  const view = render(
    <div>
      <a href="/people/cher">Cher</a>
      <a href="/films/mask-1985/cast">Cast</a>
      <a href="/people/NOT%20AN%20ID">Nobody</a>
      <a href="/people/nobody-here">Nobody here</a>
      <a href="https://en.wikipedia.org/wiki/Mask_(film)">Wikipedia</a>
      <p>Some words</p>
      <select aria-label="Decade">
        <option>All decades</option>
      </select>
    </div>,
  )
  const listen = (event: Event) => warm(routes, event)
  view.container.addEventListener('pointerover', listen)
  view.container.addEventListener('focusin', listen)
  return { queryClient, user: userEvent.setup() }
}

describe('warming a page on intent', () => {
  it('fetches a person as the pointer comes over their link, before any click', async () => {
    const { queryClient, user } = page()
    await user.hover(screen.getByRole('link', { name: 'Cher' }))
    await waitFor(() =>
      expect(queryClient.getQueryData(personQuery('cher').queryKey)).toMatchObject({
        name: 'Cher',
      }),
    )
  })

  it('fetches a film as its section link takes focus from the keyboard', async () => {
    const { queryClient, user } = page()
    await user.tab()
    await user.tab()
    expect(screen.getByRole('link', { name: 'Cast' })).toHaveFocus()
    await waitFor(() =>
      expect(queryClient.getQueryData(filmQuery('mask-1985').queryKey)).toMatchObject({
        title: 'Mask',
      }),
    )
  })

  it('starts nothing for words, a link off the site or an id that names no one, and reports nothing', async () => {
    const { queryClient, user } = page()
    for (const target of [
      screen.getByText('Some words'),
      screen.getByRole('link', { name: 'Wikipedia' }),
      screen.getByRole('link', { name: 'Nobody' }),
      screen.getByRole('combobox', { name: 'Decade' }),
    ]) {
      await user.hover(target)
      // Long enough for the pointer to count as resting, and a fetch to be made.
      await rest()
    }
    expect(queryClient.getQueryCache().getAll()).toEqual([])
  })

  it('starts only the link the pointer rests on, not those it passes over', async () => {
    const { queryClient } = page()
    // In one task, as a quick sweep: the first never rests.
    fireEvent.pointerOver(screen.getByRole('link', { name: 'Cher' }))
    fireEvent.pointerOver(screen.getByRole('link', { name: 'Cast' }))
    await waitFor(() =>
      expect(queryClient.getQueryData(filmQuery('mask-1985').queryKey)).toBeDefined(),
    )
    await rest()
    expect(queryClient.getQueryData(personQuery('cher').queryKey)).toBeUndefined()
  })

  it('starts a link at once when it is pressed, without waiting for the pointer to rest', async () => {
    const { queryClient } = page()
    // The warmer hears presses once it has loaded, with the first pointer over anything.
    fireEvent.pointerOver(screen.getByText('Some words'))
    fireEvent.pointerDown(screen.getByRole('link', { name: 'Cher' }), { button: 0 })
    // Moving on at once cancels a wait for rest: the press did not wait.
    fireEvent.pointerOver(screen.getByText('Some words'))
    await waitFor(() =>
      expect(queryClient.getQueryData(personQuery('cher').queryKey)).toBeDefined(),
    )
  })

  it('starts nothing for a press that opens another tab, or a right click', async () => {
    const { queryClient } = page()
    fireEvent.pointerOver(screen.getByText('Some words'))
    const cher = screen.getByRole('link', { name: 'Cher' })
    fireEvent.pointerDown(cher, { button: 0, ctrlKey: true })
    fireEvent.pointerDown(cher, { button: 2 })
    await rest()
    expect(queryClient.getQueryCache().getAll()).toEqual([])
  })

  it('does not start a pressed link again as the press gives it focus: a failed load is fetched once', async () => {
    const requested: string[] = []
    const record = ({ request }: { request: Request }) => void requested.push(request.url)
    server.events.on('request:start', record)
    try {
      page()
      const link = screen.getByRole('link', { name: 'Nobody here' })
      fireEvent.pointerOver(link)
      fireEvent.pointerDown(link, { button: 0 })
      link.focus()
      await rest()
      expect(requested.filter((url) => url.endsWith('/people/nobody-here.json'))).toHaveLength(1)
    } finally {
      server.events.removeListener('request:start', record)
    }
  })

  it('keys a person as the server reads them', () => {
    expect(personQuery('cher').queryKey).toEqual(personKeys.detail('cher'))
  })

  it('follows the app’s links in the app from the first intent on, given the router', async () => {
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })
    const routes = createRoutes(queryClient)
    const router = createMemoryRouter(routes, { initialEntries: ['/'] })
    document.documentElement.dataset.ready = ''
    render(
      <div>
        <p>Some words</p>
        <a href="/people/cher">Cher</a>
      </div>,
    )
    const cher = screen.getByRole('link', { name: 'Cher' })
    // Before any intent, a click is the browser's: a page load.
    const stop = (event: Event) => event.preventDefault()
    window.addEventListener('click', stop)
    onTestFinished(() => window.removeEventListener('click', stop))
    fireEvent.click(cher)
    expect(router.state.location.pathname).toBe('/')
    const intent = (event: Event) => warm(routes, event, router)
    document.addEventListener('pointerover', intent)
    onTestFinished(() => document.removeEventListener('pointerover', intent))
    fireEvent.pointerOver(screen.getByText('Some words'))
    fireEvent.click(cher)
    await waitFor(() => expect(router.state.location.pathname).toBe('/people/cher'))
  })
})

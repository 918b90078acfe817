import { act, screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { renderRoute } from '../../test/render-route.tsx'
import { SEARCH_SHARD_URL, server } from '../../test/server.ts'

// In a file of its own: the engine is made once per page (module), and the
// shards it holds are what it can answer offline. The fixture's "ma" shard
// holds Mask; Harrison Ford is in "ha".
const box = () => screen.getByLabelText('Search films and people')
const status = () => within(box().closest('form') as HTMLElement).getByRole('status')
const options = () =>
  within(screen.getByRole('listbox', { name: 'Search results' }))
    .getAllByRole('option')
    .map((option) => option.textContent)

const OFFLINE =
  'The search index could not be loaded. You are offline, and no copy is saved on this device. Searches made before still work; this one runs by itself when you are back online.'

describe('the search list offline', () => {
  it('answers only the query it can, never with another query’s results, and searches by itself once online', async () => {
    const { user } = renderRoute('/')
    // The header's box becomes a combobox once its list's code is in (on focus).
    await user.click(await screen.findByLabelText('Search films and people'))
    await screen.findByRole('combobox', { name: 'Search films and people' })
    await user.type(box(), 'mask')
    await waitFor(() => expect(options()).toContain('Mask1985 · with Cher and Sam Elliott'))

    // The network goes: the shards not yet read cannot be.
    const onLine = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false)
    let answer = (_: Response) => {}
    const held = new Promise<Response>((resolve) => (answer = resolve))
    server.use(http.get(SEARCH_SHARD_URL, () => held))

    // "harrison", pasted in, needs a shard not yet read: while it is asked
    // for, and once it has failed, the list holds none of the answers to "mask".
    await user.clear(box())
    await user.paste('harrison')
    expect(options()).toEqual(['All results for “harrison”'])
    expect(status()).toHaveTextContent('Searching…')
    answer(HttpResponse.error())
    await waitFor(() => expect(status()).toHaveTextContent(OFFLINE))
    expect(options()).toEqual(['All results for “harrison”'])

    // A query the index already read answers in full.
    await user.clear(box())
    await user.type(box(), 'mas')
    await waitFor(() =>
      expect(options()).toEqual(['Mask1985 · with Cher and Sam Elliott', 'All results for “mas”']),
    )
    expect(status()).toHaveTextContent('1 film')

    // Back to one it cannot, then the connection is back.
    await user.clear(box())
    await user.type(box(), 'harrison')
    await waitFor(() => expect(status()).toHaveTextContent(OFFLINE))
    expect(options()).toEqual(['All results for “harrison”'])
    onLine.mockRestore()
    server.resetHandlers()
    act(() => void window.dispatchEvent(new Event('online')))
    await waitFor(() => expect(options()).toContain('Harrison Ford (1968–2023)50 films'))
    expect(status()).toHaveTextContent('2 people')
  })

  it('on the results page, says so in the same words, and searches by itself once online', async () => {
    const onLine = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false)
    server.use(http.get(SEARCH_SHARD_URL, () => HttpResponse.error()))
    renderRoute('/search?q=ford')
    expect(await screen.findByText('Search is not available right now.')).toBeVisible()
    expect(
      screen.getByText(
        'You are offline, and no copy is saved on this device. Searches made before still work; this one runs by itself when you are back online.',
      ),
    ).toBeVisible()
    expect(screen.queryByRole('region', { name: 'People' })).not.toBeInTheDocument()
    onLine.mockRestore()
    server.resetHandlers()
    act(() => void window.dispatchEvent(new Event('online')))
    expect(await screen.findByRole('region', { name: 'People' })).toBeVisible()
  })
})

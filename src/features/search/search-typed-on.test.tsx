import { screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { renderRoute } from '../../test/render-route.tsx'
import { SEARCH_MANIFEST_URL, server } from '../../test/server.ts'
import manifest from '../../test/data/search/manifest.json'

// In a file of its own: the engine is made once per page (module), and here
// it must not be made before the test holds its manifest.
const box = () => screen.getByLabelText('Search films and people')
const options = () =>
  within(screen.getByRole('listbox', { name: 'Search results' }))
    .getAllByRole('option')
    .map((option) => option.textContent)

describe('the search list as the reader types on', () => {
  it('fetches no shard for a query typed over while the search was loading', async () => {
    const shards: string[] = []
    onTestFinished(() => server.events.removeAllListeners())
    server.events.on('request:start', ({ request }) => {
      const key = /\/data\/search\/[^/]+\/([^/]+)\.json$/.exec(new URL(request.url).pathname)
      if (key?.[1]) shards.push(key[1])
    })
    let answer = () => {}
    const held = new Promise<void>((resolve) => (answer = resolve))
    server.use(
      http.get(SEARCH_MANIFEST_URL, async () => {
        await held
        return HttpResponse.json(manifest)
      }),
    )
    const { user } = renderRoute('/')
    await user.click(await screen.findByLabelText('Search films and people'))
    await screen.findByRole('combobox', { name: 'Search films and people' })
    // "fi" (its own shard), typed over by "mask" before the manifest is in.
    await user.type(box(), 'fi')
    await user.clear(box())
    await user.type(box(), 'mask')
    answer()
    await waitFor(() => expect(options()).toContain('Mask1985 · with Cher and Sam Elliott'))
    expect(shards).toEqual(['ma'])
  })
})

import { QueryClient } from '@tanstack/react-query'
import { http, HttpResponse } from 'msw'
import { server } from '../test/server.ts'
import { carryEnteredValuesIntoUrl, seedQueryCache } from './hydration.ts'

/** Fields as the prerenderer writes them: a search box and a select at their defaults. */
function prerenderedFields() {
  const root = document.createElement('div')
  root.innerHTML = `
    <input type="search" name="q" value="">
    <select name="sort">
      <option value="billing" selected>Billing order</option>
      <option value="actor">Actor</option>
    </select>`
  return {
    root,
    search: root.querySelector('input') as HTMLInputElement,
    sort: root.querySelector('select') as HTMLSelectElement,
  }
}

const search = () => Object.fromEntries(new URLSearchParams(window.location.search))

describe('carrying what a reader entered before the app loaded into the URL', () => {
  beforeEach(() => window.history.replaceState(null, '', '/films/mask-1985/cast'))

  it('puts a typed search and a chosen sort under their fields’ names', () => {
    const { root, search: box, sort } = prerenderedFields()
    box.value = 'dennis'
    sort.value = 'actor'
    carryEnteredValuesIntoUrl(root)
    expect(window.location.pathname).toBe('/films/mask-1985/cast')
    expect(search()).toEqual({ q: 'dennis', sort: 'actor' })
  })

  it('leaves the URL alone when nothing was changed', () => {
    const { root } = prerenderedFields()
    const entries = window.history.length
    carryEnteredValuesIntoUrl(root)
    expect(window.location.search).toBe('')
    expect(window.history.length).toBe(entries)
  })

  it('keeps parameters it has no field for and drops a field emptied by the reader', () => {
    window.history.replaceState(null, '', '/films/mask-1985/cast?from=share&q=old')
    const { root, search: box } = prerenderedFields()
    box.defaultValue = 'old'
    box.value = ''
    carryEnteredValuesIntoUrl(root)
    expect(search()).toEqual({ from: 'share' })
  })
})

describe('seeding the cache from the page', () => {
  const router = { loaderData: {} }

  it('takes a query’s data from the page, or from the data file it names', async () => {
    server.use(http.get('/data/films/x-1999.json', () => HttpResponse.text('{"id":"x-1999"}')))
    const client = new QueryClient()
    await seedQueryCache(client, {
      queries: [
        { queryKey: ['films', 'detail', 'x-1999'], file: '/data/films/x-1999.json', length: 15 },
        { queryKey: ['search', 'x'], data: { hits: [] } },
      ],
      router,
    })
    expect(client.getQueryData(['films', 'detail', 'x-1999'])).toEqual({ id: 'x-1999' })
    expect(client.getQueryData(['search', 'x'])).toEqual({ hits: [] })
  })

  it.each([
    ['cannot be read', () => new HttpResponse('gone', { status: 404 })],
    ['is not the one the page was rendered from', () => HttpResponse.text('{"id":"x-2000","cut":')],
  ])('fails when a data file %s, so the app renders afresh', async (_, answer) => {
    server.use(http.get('/data/films/x-1999.json', answer))
    const client = new QueryClient()
    await expect(
      seedQueryCache(client, {
        queries: [
          { queryKey: ['films', 'detail', 'x-1999'], file: '/data/films/x-1999.json', length: 15 },
        ],
        router,
      }),
    ).rejects.toThrow('/data/films/x-1999.json')
    expect(client.getQueryData(['films', 'detail', 'x-1999'])).toBeUndefined()
  })
})

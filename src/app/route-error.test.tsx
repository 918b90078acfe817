import { act, screen } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { renderRoute } from '../test/render-route.tsx'
import { CATALOG_URL, FILM_URL, PERSON_URL, server } from '../test/server.ts'

// Each page's data file, the words its error view names it by, and what the page shows once loaded.
const PAGES = [
  ['/people/cher', PERSON_URL, 'The person could not be loaded', /Cher/],
  ['/catalog/title/2', CATALOG_URL, 'The catalog page could not be loaded', 'Films'],
  ['/films/mask-1985', FILM_URL, 'The film could not be loaded', 'Mask (1985)'],
] as const

describe('the error view names what failed to load', () => {
  it.each(PAGES)(
    '%s offline: says what, that the reader is offline, and how to retry; then loads by itself',
    async (url, file, title, loaded) => {
      const onLine = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false)
      server.use(http.get(file, () => HttpResponse.error(), { once: true }))
      renderRoute(url)
      expect(await screen.findByRole('heading', { level: 1, name: title })).toBeVisible()
      expect(
        screen.getByText('You are offline, and no copy is saved on this device.'),
      ).toBeVisible()
      expect(
        screen.getByText(
          'It will load by itself when you are back online, or press Retry once you are.',
        ),
      ).toBeVisible()
      expect(screen.getByRole('button', { name: 'Retry' })).toBeEnabled()
      onLine.mockRestore()
      act(() => void window.dispatchEvent(new Event('online')))
      expect(await screen.findByRole('heading', { level: 1, name: loaded })).toBeVisible()
    },
  )

  it.each(PAGES)('%s on a server error: names its file too', async (url, file, title) => {
    server.use(http.get(file, () => new HttpResponse('boom', { status: 500 })))
    renderRoute(url)
    expect(await screen.findByRole('heading', { level: 1, name: title })).toBeVisible()
    expect(screen.getByText('The server answered with an error (HTTP 500).')).toBeVisible()
  })
})

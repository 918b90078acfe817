import { act, render } from '@testing-library/react'
import { createMemoryRouter, RouterProvider } from 'react-router'
import { AppRouterProvider } from './app-router.tsx'
import { defineParams, oneOf, text } from './define-params.ts'
import { COMMIT_AFTER_MS, TYPING, useUrlParams } from './use-url-params.ts'

const definition = defineParams({ q: text(), sort: oneOf(['title', 'year'] as const, 'title') })
type Hook = ReturnType<typeof useUrlParams<ReturnType<typeof definition.parse>>>

/** A page using the hook, and another page; the test acts through what the page last rendered. */
function renderPage(url = '/search') {
  const rendered: { hook: Hook | null } = { hook: null }
  function SearchPage() {
    rendered.hook = useUrlParams(definition)
    return null
  }
  const router = createMemoryRouter(
    [
      { path: '/search', Component: SearchPage },
      { path: '/other', Component: () => null },
    ],
    { initialEntries: [url] },
  )
  render(
    <AppRouterProvider router={router}>
      <RouterProvider router={router} />
    </AppRouterProvider>,
  )
  const hook = () => {
    if (!rendered.hook) throw new Error('The page has not rendered')
    return rendered.hook
  }
  return {
    router,
    params: () => hook()[0],
    set: (...args: Parameters<Hook[1]>) => hook()[1](...args),
    /** The setter as React rendered it now, to call after the router has moved on. */
    staleSet: () => hook()[1],
    url: () => router.state.location.pathname + router.state.location.search,
  }
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const settle = () => act(() => wait(COMMIT_AFTER_MS + 50))

describe('useUrlParams', () => {
  it('shows a typed value at once and writes it once typing pauses, replacing the entry', async () => {
    const page = renderPage()
    await act(async () => page.set({ q: 'mask' }, TYPING))
    expect(page.params().q).toBe('mask')
    expect(page.url()).toBe('/search')
    await settle()
    expect(page.url()).toBe('/search?q=mask')
    expect(page.router.state.historyAction).toBe('REPLACE')
  })

  it('writes what is pending at once on an empty change (the box losing focus)', async () => {
    const page = renderPage()
    await act(async () => page.set({ q: 'mask' }, TYPING))
    await act(async () => page.set({}))
    expect(page.url()).toBe('/search?q=mask')
  })

  it('keeps params it does not own, and merges a choice with the text still pending', async () => {
    const page = renderPage('/search?utm=mail')
    await act(async () => {
      page.set({ q: 'sample' }, TYPING)
      page.set({ sort: 'year' })
    })
    expect(page.url()).toBe('/search?utm=mail&q=sample&sort=year')
    expect(page.router.state.historyAction).toBe('PUSH')
    await settle()
    expect(page.url()).toBe('/search?utm=mail&q=sample&sort=year')
  })

  // A sort chosen, then the search's delayed write through the setter React
  // rendered before the sort landed: it must build on the URL as it is.
  it('builds every write on the live URL, not on what React last rendered', async () => {
    const page = renderPage()
    const stale = page.staleSet()
    await act(async () => {
      stale({ sort: 'year' })
      await wait(0)
      stale({ q: 'sample' }, { history: 'replace' })
      await wait(0)
    })
    expect(page.url()).toBe('/search?sort=year&q=sample')
  })

  it('computes a change from the params as they are now, pending writes included', async () => {
    const page = renderPage()
    const stale = page.staleSet()
    await act(async () => {
      stale({ q: 'first' })
      stale((current) => ({ q: `${current.q} second` }))
    })
    expect(page.url()).toBe('/search?q=first+second')
  })

  it('clears the URL when a clear follows the blur write before React renders it', async () => {
    const page = renderPage()
    await act(async () => page.set({ q: '(.*' }, TYPING))
    const stale = page.staleSet()
    await act(async () => {
      stale({})
      await wait(0)
      stale({ q: '' })
      await wait(0)
    })
    expect(page.url()).toBe('/search')
  })

  it('never undoes a navigation to another page', async () => {
    const page = renderPage()
    await act(async () => page.set({ q: 'mask' }, TYPING))
    await act(async () => {
      await page.router.navigate('/other')
    })
    await settle()
    expect(page.url()).toBe('/other')
  })

  it('lets Back win over a write still pending', async () => {
    const page = renderPage('/search?q=dennis')
    await act(async () => page.set({ sort: 'year' }))
    await act(async () => page.set({ q: 'dennis b' }, TYPING))
    await act(async () => {
      await page.router.navigate(-1)
    })
    await settle()
    expect(page.url()).toBe('/search?q=dennis')
    expect(page.params().q).toBe('dennis')
  })

  // The old hook kept a list of values it had typed, to tell its own URL
  // echoes from outside changes. A typo fixed within the pause left the
  // URL as it was, so the fixed-away value stayed in the list, and a later
  // Back to an entry holding it was taken for an echo: the box kept "den"
  // while the URL said "denn".
  it('follows Back to an entry holding a value typed and fixed away within the pause', async () => {
    const page = renderPage()
    await act(async () => page.set({ q: 'denn' }, TYPING))
    await settle()
    await act(async () => page.set({ sort: 'year' }))
    await act(async () => page.set({ q: 'den' }, TYPING))
    await settle()
    expect(page.url()).toBe('/search?q=den&sort=year')
    await act(async () => {
      page.set({ q: 'denn' }, TYPING)
      page.set({ q: 'den' }, TYPING)
    })
    await settle()
    expect(page.url()).toBe('/search?q=den&sort=year')
    await act(async () => {
      await page.router.navigate(-1)
    })
    expect(page.url()).toBe('/search?q=denn')
    expect(page.params().q).toBe('denn')
  })
})

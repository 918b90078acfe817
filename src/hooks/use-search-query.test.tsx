import { act, render } from '@testing-library/react'
import { createMemoryRouter, RouterProvider } from 'react-router'
import { searchSortParams } from '../lib/search-params.ts'
import { COMMIT_AFTER_MS, useSearchQuery, type CommitMode } from './use-search-query.ts'
import { useUrlParams } from './use-url-params.ts'

const { parse, serialize } = searchSortParams(['title', 'year'] as const, 'title')

type Set = ReturnType<typeof useSearchQuery>[1]

/** A search page and another page; the test types through the page's setter. */
function renderSearchPage() {
  const rendered: { set: Set } = {
    set: () => {
      throw new Error('The search page has not rendered')
    },
  }
  function SearchPage() {
    const [params, update] = useUrlParams(parse, serialize)
    rendered.set = useSearchQuery(params.q, update)[1]
    return null
  }
  const router = createMemoryRouter(
    [
      { path: '/search', Component: SearchPage },
      { path: '/other', Component: () => null },
    ],
    { initialEntries: ['/search'] },
  )
  render(<RouterProvider router={router} />)
  return {
    router,
    type: (text: string, mode?: CommitMode) => rendered.set(text, mode),
  }
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const url = (router: ReturnType<typeof renderSearchPage>['router']) =>
  router.state.location.pathname + router.state.location.search

describe('useSearchQuery', () => {
  it('puts the text in the URL once typing pauses', async () => {
    const { router, type } = renderSearchPage()
    await act(async () => type('mask'))
    expect(url(router)).toBe('/search')
    await act(() => wait(COMMIT_AFTER_MS + 50))
    expect(url(router)).toBe('/search?q=mask')
  })

  it('puts the text in the URL at once when the reader leaves the box, replacing the entry', async () => {
    const { router, type } = renderSearchPage()
    await act(async () => type('mask'))
    await act(async () => type('mask', 'flush'))
    expect(url(router)).toBe('/search?q=mask')
    expect(router.state.historyAction).toBe('REPLACE')
  })

  // A Clear button: pressing it blurs the box (which commits the text), and
  // the click comes before React has rendered that commit.
  it('clears the URL when a clear follows the blur commit before React renders it', async () => {
    const { router, type } = renderSearchPage()
    await act(async () => type('(.*'))
    await act(async () => {
      type('(.*', 'flush')
      await wait(0)
      type('', 'now')
      await wait(0)
    })
    expect(url(router)).toBe('/search')
  })

  // The navigation has landed in the router, React has not rendered it yet,
  // and the timer fires in between: it must not take the reader back.
  it('does not undo a navigation to another page that React has not rendered yet', async () => {
    const { router, type } = renderSearchPage()
    await act(async () => type('mask'))
    await act(async () => {
      await router.navigate('/other')
      await wait(COMMIT_AFTER_MS + 50)
    })
    expect(url(router)).toBe('/other')
  })
})

import { act, render } from '@testing-library/react'
import { createMemoryRouter, RouterProvider } from 'react-router'
import { searchSortParams } from '../lib/search-params.ts'
import { useUrlParams } from './use-url-params.ts'

const { parse, serialize } = searchSortParams(['title', 'year'] as const, 'title')

type Update = ReturnType<typeof useUrlParams<ReturnType<typeof parse>>>[1]

/** A route whose rendered `update` the test calls, as a view's handlers do. */
function renderProbe(url: string) {
  const rendered: { update: Update } = {
    update: () => {
      throw new Error('The probe has not rendered')
    },
  }
  function Probe() {
    rendered.update = useUrlParams(parse, serialize)[1]
    return null
  }
  const router = createMemoryRouter([{ path: '/', Component: Probe }], { initialEntries: [url] })
  render(<RouterProvider router={router} />)
  return { router, update: () => rendered.update }
}

const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0))

/**
 * Two updates through the handler React rendered first, the router settling
 * between them while React renders nothing (act holds rendering back), as
 * when a timer or a second click comes before React has caught up.
 */
async function twoUpdatesBeforeRender(
  first: (update: Update) => void,
  second: (update: Update) => void,
) {
  const { router, update } = renderProbe('/')
  const stale = update()
  await act(async () => {
    first(stale)
    await nextTask()
    second(stale)
    await nextTask()
  })
  return router
}

describe('useUrlParams', () => {
  it('keeps params it does not own', async () => {
    const { router, update } = renderProbe('/?utm=mail')
    await act(async () => update()({ sort: 'year' }))
    expect(router.state.location.search).toBe('?utm=mail&sort=year')
  })

  // A sort chosen just before the search's delayed URL update: the router
  // has moved to the new URL, React has not yet rendered it, and the update
  // then runs with the handler React last rendered.
  it('builds on the URL as it is, not as React last rendered it', async () => {
    const router = await twoUpdatesBeforeRender(
      (update) => update({ sort: 'year' }),
      (update) => update({ q: 'sample' }, { replace: true }),
    )
    expect(router.state.location.search).toBe('?sort=year&q=sample')
  })

  // Two quick toggles: the second must see the first, rendered or not.
  it('computes a toggle from the params as they are now, not as rendered', async () => {
    const router = await twoUpdatesBeforeRender(
      (update) => update({ q: 'first' }),
      (update) => update((current) => ({ q: `${current.q} second` })),
    )
    expect(router.state.location.search).toBe('?q=first+second')
  })
})

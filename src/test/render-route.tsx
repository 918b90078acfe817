import { QueryClient } from '@tanstack/react-query'
import { render } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { onTestFinished } from 'vitest'
import { createMemoryRouter, RouterProvider } from 'react-router'
import { Providers } from '../app/providers.tsx'
import { createRoutes } from '../app/routes.tsx'
import { AppRouterProvider } from '../url-state/app-router.tsx'
import { followLinks } from '../url-state/follow-links.ts'

/**
 * Mounts the real route tree (loaders, lazy routes, error boundaries) at `url`
 * in a memory router with a fresh cache, as a user would land on that link.
 */
export function renderRoute(url: string) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  const router = createMemoryRouter(createRoutes(queryClient), { initialEntries: [url] })
  const user = userEvent.setup()
  // As the page does from the reader's first intent (src/app/warm-on-intent.ts).
  onTestFinished(followLinks(router))
  const view = render(
    <Providers queryClient={queryClient}>
      <AppRouterProvider router={router}>
        <RouterProvider router={router} />
      </AppRouterProvider>
    </Providers>,
  )
  /** The current URL as path + search + hash, to assert what a shared link would hold. */
  const currentUrl = () => {
    const { pathname, search, hash } = router.state.location
    return `${pathname}${search}${hash}`
  }
  return { ...view, router, user, queryClient, currentUrl }
}

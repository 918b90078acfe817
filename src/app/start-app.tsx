import { StrictMode } from 'react'
import { createRoot, hydrateRoot } from 'react-dom/client'
import { createBrowserRouter, RouterProvider } from 'react-router'
import {
  carryEnteredValuesIntoUrl,
  readHydrationPayload,
  resolveLazyMatches,
  seedQueryCache,
} from './hydration.ts'
import { Providers } from './providers.tsx'
import { createQueryClient } from './query-client.ts'
import { createRoutes } from './routes.tsx'
import { AppRouterProvider } from '../url-state/app-router.tsx'

/**
 * Starts the app in the page: hydrates a prerendered page, or renders the app
 * shell. It lives here, in the core chunk, and not in main.tsx: the entry's
 * own chunk is then a call, and this code compresses with the code it calls.
 */
export async function startApp() {
  // Every page has it (index.html); without it React says it has no container.
  const container = document.getElementById('root') as HTMLElement

  const queryClient = createQueryClient()
  const routes = createRoutes(queryClient)
  let payload = readHydrationPayload()

  if (payload) {
    // Prerendered page: the content is already on screen. Take over with the
    // data it was rendered from (its data files, preloaded after the paint)
    // and the route code its modulepreload links fetched. Values typed before
    // the app took over go into the URL before the router reads it.
    const seeded = seedQueryCache(queryClient, payload).catch(() => (payload = null))
    await resolveLazyMatches(routes, window.location.pathname)
    await seeded
    if (payload) carryEnteredValuesIntoUrl(container)
  }

  const router = createBrowserRouter(routes, payload ? { hydrationData: payload.router } : {})
  // A link's page starts loading on intent (src/app/warm-on-intent.ts), and
  // a click on it is followed in the app from then on; the code that does it
  // loads with the first such event, as the site search's list does, so a
  // visit that never points at anything pays a line for it. A click needs a
  // pointer or focus first: until the code is there, a link loads its page.
  const intent = (event: Event) =>
    // Offline, with the chunk not yet saved, there is nothing to warm and nothing to say.
    void import('./warm-on-intent.ts').then((module) => module.warm(routes, event, router), Boolean)
  addEventListener('pointerover', intent)
  addEventListener('focusin', intent)
  const page = (
    <Providers queryClient={queryClient}>
      <AppRouterProvider router={router}>
        <RouterProvider router={router} />
      </AppRouterProvider>
    </Providers>
  )
  // Strict mode checks the code in development and does nothing in a
  // production build, where it would be bytes every page loads for nothing.
  const app = import.meta.env.DEV ? <StrictMode>{page}</StrictMode> : page

  // Without a payload this is the app shell (a path with no prerendered page,
  // or the dev server), or a page whose data file could not be read: rendered
  // from scratch, its loaders fetching what they need.
  if (payload) hydrateRoot(container, app)
  else createRoot(container).render(app)
}

import { StrictMode } from 'react'
import { createRoot, hydrateRoot } from 'react-dom/client'
import { createBrowserRouter, RouterProvider } from 'react-router'
import {
  carryEnteredValuesIntoUrl,
  readHydrationPayload,
  resolveLazyMatches,
  seedQueryCache,
} from './app/hydration.ts'
import { Providers } from './app/providers.tsx'
import { createQueryClient } from './app/query-client.ts'
import { createRoutes } from './app/routes.tsx'
import { AppRouterProvider } from './url-state/app-router.tsx'
import './styles.css'

const container = document.getElementById('root')
if (!container) throw new Error('index.html has no #root element')

const queryClient = createQueryClient()
const routes = createRoutes(queryClient)
const payload = readHydrationPayload()

if (payload) {
  // Prerendered page: the content is already on screen. Take over without
  // fetching anything: the data comes from the page, the route code is
  // preloaded by the page's modulepreload links. Values typed before the app
  // took over go into the URL before the router reads it.
  seedQueryCache(queryClient, payload)
  await resolveLazyMatches(routes, window.location.pathname)
  carryEnteredValuesIntoUrl(container)
}

const router = createBrowserRouter(routes, payload ? { hydrationData: payload.router } : {})
const app = (
  <StrictMode>
    <Providers queryClient={queryClient}>
      <AppRouterProvider router={router}>
        <RouterProvider router={router} />
      </AppRouterProvider>
    </Providers>
  </StrictMode>
)

// Without a payload this is the app shell (a path with no prerendered page,
// or the dev server), rendered from scratch.
if (payload) hydrateRoot(container, app)
else createRoot(container).render(app)

import { QueryClientProvider, type QueryClient } from '@tanstack/react-query'
import { RouterProvider, type DataRouter } from 'react-router'

interface AppProps {
  readonly queryClient: QueryClient
  readonly router: DataRouter
}

/** Providers around the router; the same for the browser and the tests. */
export function App({ queryClient, router }: AppProps) {
  return (
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  )
}

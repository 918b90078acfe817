/**
 * The floor: the least an app on our stack can ship. A data router, React
 * Query, one query fetching a JSON file, one list. `npm run bench` builds it
 * in the same run as the app, from the same dependency versions, to compare.
 */
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query'
import { createRoot } from 'react-dom/client'
import { createBrowserRouter, RouterProvider } from 'react-router'

interface Credit {
  id: string
  actor: string
  character: string | null
}

function CastList() {
  const { data, isPending, error } = useQuery({
    queryKey: ['film'],
    queryFn: async () => {
      const response = await fetch('/data/film.json')
      return (await response.json()) as { title: string; cast: Credit[] }
    },
  })
  if (isPending) return <p>Loading…</p>
  if (error) return <p>Could not load the film.</p>
  return (
    <main>
      <h1>{data.title}</h1>
      <ul>
        {data.cast.map((credit) => (
          <li key={credit.id}>
            {credit.actor} as {credit.character}
          </li>
        ))}
      </ul>
    </main>
  )
}

const router = createBrowserRouter([{ path: '*', element: <CastList /> }])
const queryClient = new QueryClient()
const root = document.getElementById('root')
if (root) {
  createRoot(root).render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  )
}

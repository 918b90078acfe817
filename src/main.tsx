import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { createBrowserRouter } from 'react-router'
import { App } from './app/app.tsx'
import { createQueryClient } from './app/query-client.ts'
import { createRoutes } from './app/routes.tsx'
import './styles.css'

const queryClient = createQueryClient()
const router = createBrowserRouter(createRoutes(queryClient))
const container = document.getElementById('root')
if (!container) throw new Error('index.html has no #root element')

createRoot(container).render(
  <StrictMode>
    <App queryClient={queryClient} router={router} />
  </StrictMode>,
)

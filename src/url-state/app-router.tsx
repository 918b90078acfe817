import { createContext, useContext, useState, type ReactNode } from 'react'
import type { DataRouter } from 'react-router'
import { createUrlStore, type UrlStore } from './url-store.ts'

interface AppRouter {
  readonly router: DataRouter
  readonly urlStore: UrlStore
}

const AppRouterContext = createContext<AppRouter | null>(null)

/**
 * Hands the app's own router down (made in src/app/start-app.tsx, the server
 * render in src/entry-server.tsx and the test helper), with the URL store built on it. `router.state` is public
 * API: the router's state at the moment of the call, which React renders
 * later (in a transition).
 */
export function AppRouterProvider({
  router,
  children,
}: {
  readonly router: DataRouter
  readonly children: ReactNode
}) {
  const [value] = useState(() => ({ router, urlStore: createUrlStore(router) }))
  return <AppRouterContext value={value}>{children}</AppRouterContext>
}

export function useAppRouter(): AppRouter {
  const value = useContext(AppRouterContext)
  if (!value) throw new Error('useAppRouter needs an AppRouterProvider')
  return value
}

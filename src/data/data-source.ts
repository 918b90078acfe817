import type { QueryClient } from '@tanstack/react-query'

/**
 * Where a query client's data files come from. In the browser, HTTP; the
 * server that renders pages reads them from its disk instead, passed in per
 * render rather than by replacing the global `fetch` for every request in
 * the process. Keyed by the client, so each render has its own source.
 */
export type ReadData = (path: string) => Promise<unknown>

const sources = new WeakMap<QueryClient, ReadData>()

export function setDataSource(client: QueryClient, read: ReadData) {
  sources.set(client, read)
}

export const dataSourceOf = (client: QueryClient | undefined) => client && sources.get(client)

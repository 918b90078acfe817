/**
 * Renders one page of the app to HTML: at build time (build/prerender.ts)
 * and on request in `npm start`'s server (server/page-renderer.ts).
 * The same route tree, loaders and components as in the browser, so the
 * browser can hydrate the result without a mismatch.
 */
import { QueryClient, type QueryKey } from '@tanstack/react-query'
import { StrictMode } from 'react'
import { renderToString } from 'react-dom/server'
import {
  createStaticHandler,
  createStaticRouter,
  isRouteErrorResponse,
  StaticRouterProvider,
} from 'react-router'
import type { HydrationPayload } from './app/hydration.ts'
import { describePage } from './app/page-meta.ts'
import { loadPageFacts } from './features/film/overview/load-page-facts.ts'
import { searchPath, SEARCH_PAGE, type PageKind } from '../contract/routes.ts'
import { searchWords } from '../contract/search-text.ts'
import { Providers } from './app/providers.tsx'
import { filmStructuredData, personStructuredData } from './app/structured-data.ts'
import { createRoutes } from './app/routes.tsx'
import type { CatalogPage } from '../contract/catalog-schema.ts'
import { setDataSource } from './data/data-source.ts'
import { filmKeys } from './data/film-keys.ts'
import type { Film } from '../contract/film-schema.ts'
import type { Person } from '../contract/person-schema.ts'
import { personKeys } from './data/person-keys.ts'
import { DataLoadError } from './data/load-error.ts'
import { searchKeys, searchQuery } from './features/search/api/search-queries.ts'
import { describeSearch } from './features/search/search-description.ts'
import { searchParams } from './features/search/search-params.ts'
import { RESULTS_LIMIT } from './features/search/search-route.tsx'
import { AppRouterProvider } from './url-state/app-router.tsx'

/** A data file's text by its path under the site's root (`data/films/x.json`), or null when there is none. */
export type ReadDataFile = (path: string) => Promise<string | null>

export interface RenderedPage {
  /** The app's markup, with React's hoisted <title> taken out. */
  readonly body: string
  readonly title: string
  readonly description: string
  /**
   * What the page hydrates from, each query with its data and, where that is
   * a data file's JSON, the file: server/page-html.ts writes the file alone
   * (the static export, whose data is packed, writes the data).
   */
  readonly payload: Omit<HydrationPayload, 'queries'> & {
    readonly queries: ReadonlyArray<{
      readonly queryKey: QueryKey
      readonly data: unknown
      /** The data file whose JSON the data is, and its text's length, which the app checks. */
      readonly file?: string
      readonly length?: number
    }>
  }
  /** The URL params the page's view owns (its route module's `handle`). */
  readonly ownedParams: readonly string[]
  /** The page's own URL, absolute and without a query: a view's params are its state, not a page. */
  readonly canonicalUrl: string
  /** Open Graph's type: a film's pages are a movie's, a person's a profile. */
  readonly ogType: 'video.movie' | 'profile' | 'website'
  /** schema.org data for the page (JSON-LD), or null for a page with none. */
  readonly structuredData: object | null
  /** The data files the page was rendered from (`/data/films/mask-1985.json`), which public/boot.js preloads for the app to take over with and public/pwa.js caches for offline use. */
  readonly dataFiles: readonly string[]
  /** The search index's files a search's page was rendered from, which public/pwa.js caches for offline use. */
  readonly searchFiles: readonly string[]
}

/** A route that sends the reader elsewhere (`/catalog/title/1` is `/`) renders no page. */
export interface Redirect {
  readonly redirect: string
}

/**
 * `origin` is the site's (`https://films.example`), for the page's absolute
 * URLs. `pathname` is the page's path; the search's results page's has its
 * query (`/search?q=cher`), the one page rendered for its query string.
 */
export async function renderPage(
  pathname: string,
  kind: PageKind,
  readDataFile: ReadDataFile,
  origin: string,
): Promise<RenderedPage | Redirect> {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  const dataFiles: string[] = []
  // Each file's JSON as one line, keys in order, to know a query whose data
  // is a file's own (a schema builds its objects in its own key order).
  const fileJson = new Map<string, { file: string; length: number }>()
  setDataSource(queryClient, async (path) => {
    const text = await readDataFile(path)
    if (text === null) {
      throw new DataLoadError('not-found', 'The data file does not exist.', { url: `/${path}` })
    }
    dataFiles.push(`/${path}`)
    try {
      const json = JSON.parse(text) as unknown
      fileJson.set(canonicalJson(json), { file: `/${path}`, length: text.length })
      return json
    } catch {
      // As the browser's fetchJson says it, naming the file.
      throw new DataLoadError(
        'invalid-json',
        'The data file is not valid JSON; it may have been cut short.',
        { url: `/${path}` },
      )
    }
  })
  const url = new URL(pathname, 'http://localhost')
  // The search's results, answered here by the engine the browser runs,
  // reading the index from the disk: the page is its results, and hydrates
  // from them (src/features/search/api/use-search.ts reads the cache).
  const search = kind === SEARCH_PAGE.kind ? searchParams.parse(url.searchParams).q : null
  const searched =
    search && searchWords(search).length > 0
      ? await queryClient.ensureQueryData(searchQuery(search, RESULTS_LIMIT))
      : undefined
  const handler = createStaticHandler(createRoutes(queryClient))
  const context = await handler.query(new Request(url))
  if (context instanceof Response) {
    const location = context.headers.get('Location')
    if (context.status >= 300 && context.status < 400 && location) return { redirect: location }
    throw new Error(`${pathname} answered ${context.status}, not a page`)
  }
  if (context.errors) {
    throw new Error(`${pathname} failed to render: ${describeErrors(context.errors)}`)
  }
  // renderToString cannot wait for code: the overview's page facts are in
  // before it renders (the browser keeps this HTML while it loads them).
  await loadPageFacts()
  const router = createStaticRouter(handler.dataRoutes, context)
  const html = renderToString(
    <StrictMode>
      <Providers queryClient={queryClient}>
        <AppRouterProvider router={router}>
          <StaticRouterProvider router={router} context={context} hydrate={false} />
        </AppRouterProvider>
      </Providers>
    </StrictMode>,
  )
  // React 19 hoists <title> to the front of the markup; it belongs in <head>.
  const titleMatch = /^<title>(.*?)<\/title>/s.exec(html)
  if (!titleMatch) throw new Error(`${pathname} rendered no <title>`)

  const queries = queryClient
    .getQueryCache()
    .getAll()
    .filter((query) => query.state.status === 'success')
    // The people files a search read to find the films two people share
    // are not the page's: its results hold those films.
    .filter((query) => search === null || query.queryKey[0] === searchKeys.all[0])
    .map((query) => {
      // The data as validated is the file's JSON on every kind of page
      // today; were a schema to change it, the page carries it instead.
      const file = fileJson.get(canonicalJson(query.state.data))
      return { queryKey: query.queryKey, data: query.state.data, ...file }
    })
  // The catalog page the route loaded, on a catalog route.
  const catalog =
    queryClient.getQueriesData<CatalogPage>({ queryKey: filmKeys.catalog() })[0]?.[1] ?? null
  const filmId = context.matches.at(-1)?.params.filmId
  const film = filmId ? queryClient.getQueryData<Film>(filmKeys.detail(filmId)) : undefined
  const personId = context.matches.at(-1)?.params.personId
  const person = personId
    ? queryClient.getQueryData<Person>(personKeys.detail(personId))
    : undefined

  const handle = context.matches.at(-1)?.route.handle as { params?: readonly string[] } | undefined
  return {
    // The search's page is rendered for its query: nothing to hold back.
    ownedParams: search === null ? (handle?.params ?? []) : [],
    body: html.slice(titleMatch[0].length),
    title: decodeEntities(titleMatch[1] ?? ''),
    description:
      search === null
        ? describePage(kind, catalog, film ?? null, person ?? null)
        : describeSearch(search, searched),
    // A query's page is its own; an empty query's is the search's page.
    canonicalUrl: origin + (search && searched ? searchPath(search) : url.pathname),
    // The search's page carries its results: the index files the server
    // read for them are not the page's data, which boot.js preloads; the
    // page loads none of them until the reader types (ADR 20). pwa.js
    // caches them, so the page's search answers offline.
    dataFiles: search === null ? dataFiles : [],
    searchFiles: search === null ? [] : dataFiles,
    ogType: film ? 'video.movie' : person ? 'profile' : 'website',
    structuredData: film
      ? filmStructuredData(film, origin)
      : person
        ? personStructuredData(person, origin)
        : null,
    payload: {
      queries,
      router: {
        loaderData: context.loaderData,
        actionData: context.actionData,
        errors: context.errors,
      },
    },
  }
}

/** JSON with every object's keys in order: equal for equal data, however built. */
export const canonicalJson = (value: unknown) =>
  JSON.stringify(value, (_, item: unknown) =>
    item && typeof item === 'object' && !Array.isArray(item)
      ? Object.fromEntries(Object.entries(item).sort(([a], [b]) => (a < b ? -1 : 1)))
      : item,
  )

/** What went wrong in each route that failed, in words (an Error's JSON is `{}`). */
export function describeErrors(errors: Record<string, unknown>): string {
  return Object.values(errors)
    .map((error) => {
      if (error instanceof DataLoadError) {
        const where = error.details.path ? ` (at ${error.details.path})` : ''
        return `${error.details.url}: ${error.message}${where}`
      }
      if (isRouteErrorResponse(error)) return `${error.status} ${error.statusText}`
      if (error instanceof Error) return `${error.name}: ${error.message}`
      return String(error)
    })
    .join('; ')
}

function decodeEntities(text: string): string {
  return text
    .replace(/&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
}

import { createHash } from 'node:crypto'
import { opendir, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'
import { catalogDataPath, parseCatalogView } from '../../src/data/catalog-view.ts'
import { ID_PATTERN } from '../../src/data/film-id.ts'
import { SEARCH_PAGE } from '../../src/app/pages.ts'
import { ByteLru } from './byte-lru.ts'
import type { PageFactory } from './page-factory.ts'

/**
 * The pages the build did not prerender, rendered on their first request
 * (docs/adr/0009-films-at-scale.md): a film's four routes, a person's page
 * and the catalog's pages. Only a path whose data file exists is rendered, so a crawler trying
 * ids costs a file lookup each. A rendered page is kept, with its brotli and
 * gzip copies, in a memory cache bounded in bytes; requests for a page being
 * rendered wait for that render rather than start another.
 */

export interface RenderedPage {
  readonly html: Buffer
  readonly br: Buffer
  readonly gzip: Buffer
  /** A hash of the page: the ETag of each coding adds its own suffix. */
  readonly hash: string
}

export type PageLookup =
  | { readonly kind: 'page'; readonly page: RenderedPage }
  /** The page's route sends the reader to another URL (`/catalog/title/1` is `/`): a 308. */
  | { readonly kind: 'redirect'; readonly location: string }
  /** No page has this path (an unknown film, person or path): a 404. */
  | { readonly kind: 'no-data' }
  /** A page the browser renders (`/search`), or one whose render failed: the caller serves the shell. */
  | { readonly kind: 'not-a-page' }

export interface PageRenderer {
  lookup(segments: readonly string[]): Promise<PageLookup>
  /** Renders one page of each kind, so the first visitor does not wait for route code to load. */
  warm(): Promise<void>
  readonly cache: ByteLru<RenderedPage>
}

export interface PageRendererOptions {
  readonly dist: string
  readonly factory: Pick<PageFactory, 'render' | 'template'>
  /** The memory cache's bound; 64 MB holds about 7,000 pages. */
  readonly maxBytes?: number
  readonly log?: (line: string) => void
}

interface MatchedPage {
  readonly pathname: string
  readonly kind: string
  /** The data file the page's loader reads, relative to dist/. */
  readonly dataFile: string
}

/**
 * The app's pages that only the browser renders, by their one segment: the
 * shell serves them with a 200. Every other path the routes do not match is
 * the app's not-found page, and so a 404 (a "soft 404" otherwise).
 */
const SHELL_PAGES: ReadonlySet<string> = new Set([SEARCH_PAGE.path])

const isShellPage = (segments: readonly string[]) =>
  segments.length === 0 || (segments.length === 1 && SHELL_PAGES.has(segments[0] ?? ''))

const isId = (id: string) => id.length <= 100 && ID_PATTERN.test(id)

/** Which page a path names, from its decoded segments, by the app's route patterns. */
export function matchPage(
  segments: readonly string[],
  sections: PageFactory['template']['sections'],
): MatchedPage | null {
  const [first, id, rest, ...more] = segments
  if (first === 'catalog') {
    // The app's own rule for catalog paths: `/catalog/:order/:page` and `/catalog/:filter/:order/:page`.
    const [filter, order, page] = segments.length === 4 ? segments.slice(1) : [undefined, id, rest]
    const view =
      segments.length <= 4 && page !== undefined && parseCatalogView({ filter, order, page })
    return view
      ? { pathname: `/${segments.join('/')}`, kind: 'catalog', dataFile: catalogDataPath(view) }
      : null
  }
  if (more.length > 0 || id === undefined) return null
  if (first === 'films' && isId(id)) {
    const section = sections.find((candidate) => candidate.path === (rest ?? ''))
    if (!section) return null
    return {
      pathname: `/${segments.join('/')}`,
      kind: section.kind,
      dataFile: join('data', 'films', `${id}.json`),
    }
  }
  if (first === 'people' && rest === undefined && isId(id)) {
    return {
      pathname: `/people/${id}`,
      kind: 'person',
      dataFile: join('data', 'people', `${id}.json`),
    }
  }
  return null
}

/** A zlib result is a view of a larger output buffer: copied, so the cache pins only its bytes. */
const own = (buffer: Buffer) => Buffer.from(buffer)

export function compressPage(html: string): RenderedPage {
  const raw = Buffer.from(html)
  return {
    html: raw,
    br: own(
      brotliCompressSync(raw, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: 5,
          [constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
        },
      }),
    ),
    gzip: own(gzipSync(raw, { level: 9 })),
    hash: createHash('sha256').update(raw).digest('base64url').slice(0, 22),
  }
}

const isFile = (path: string) =>
  stat(path).then(
    (stats) => stats.isFile(),
    () => false,
  )

export function createPageRenderer(options: PageRendererOptions): PageRenderer {
  const { dist, factory } = options
  const log = options.log ?? ((line: string) => console.error(line))
  const cache = new ByteLru<RenderedPage>(options.maxBytes ?? 64 * 1024 * 1024)
  const rendering = new Map<string, Promise<PageLookup>>()

  async function render(matched: MatchedPage): Promise<PageLookup> {
    if (!(await isFile(join(dist, matched.dataFile)))) return { kind: 'no-data' }
    try {
      const rendered = await factory.render(matched.pathname, matched.kind)
      if (typeof rendered !== 'string') return { kind: 'redirect', location: rendered.redirect }
      const page = compressPage(rendered)
      cache.set(matched.pathname, page, page.html.length + page.br.length + page.gzip.length)
      return { kind: 'page', page }
    } catch (error) {
      // A route that redirects or fails to render is left to the app in the
      // browser, which shows it as it would after a client-side navigation.
      log(
        `film-explorer: could not render ${JSON.stringify(matched.pathname)}, serving the app shell: ${(error as Error).message}`,
      )
      return { kind: 'not-a-page' }
    }
  }

  async function lookup(segments: readonly string[]): Promise<PageLookup> {
    const matched = matchPage(segments, factory.template.sections)
    if (!matched) return { kind: isShellPage(segments) ? 'not-a-page' : 'no-data' }
    const cached = cache.get(matched.pathname)
    if (cached) return { kind: 'page', page: cached }
    const pending = rendering.get(matched.pathname)
    if (pending) return pending
    const started = render(matched).finally(() => rendering.delete(matched.pathname))
    rendering.set(matched.pathname, started)
    return started
  }

  /** The first data file's id in data/<folder>, to warm a page of that kind. */
  async function firstId(folder: string): Promise<string | null> {
    const dir = await opendir(join(dist, 'data', folder)).catch(() => null)
    if (!dir) return null
    // Leaving the loop closes the directory.
    for await (const entry of dir) {
      const id = entry.name.replace(/\.json$/, '')
      if (entry.isFile() && id !== entry.name && ID_PATTERN.test(id)) return id
    }
    return null
  }

  async function warm() {
    const [film, person] = await Promise.all([firstId('films'), firstId('people')])
    const paths = [
      ...(film
        ? factory.template.sections.map((section) => ['films', film, section.path].filter(Boolean))
        : []),
      ...(person ? [['people', person]] : []),
      ['catalog', 'year', '1'],
    ]
    for (const segments of paths) await lookup(segments)
  }

  return { lookup, warm, cache }
}

import { createHash } from 'node:crypto'
import { opendir, readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { inspect } from 'node:util'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'
import { catalogPath } from '../contract/catalog-path.ts'
import { FILMS_DIR, idOfFile, pageDataFile, PEOPLE_DIR } from '../contract/data-files.ts'
import { matchPage } from '../contract/pages.ts'
import {
  FILM_SECTIONS,
  personPath,
  SEARCH_PAGE,
  searchPath,
  sectionPath,
  type PageKind,
} from '../contract/routes.ts'
import type { ReadDataFile } from '../src/entry-server.tsx'
import { ByteLru } from './byte-lru.ts'
import type { PageFactory } from './page-factory.ts'

/**
 * The pages the build did not prerender, rendered on their first request
 * (docs/adr/0009-films-at-scale.md): a film's four routes, a person's page,
 * the catalog's pages and the search's results for each query (ADR 20).
 * Only a path whose data file exists is rendered, so a crawler trying
 * ids costs a file lookup each. A rendered page is kept, with its brotli and
 * gzip copies, in a memory cache bounded in bytes; requests for a page being
 * rendered wait for that render rather than start another.
 *
 * A kept page is never older than its data: it is kept with the identity
 * (inode, size, modification time) of each data file it was rendered from,
 * and each request looks at the disk again, as the static files do, one
 * stat per file (one for most pages). A file changed under the running
 * server renders the page again; a file removed makes it a 404.
 */

export interface RenderedPage {
  readonly html: Buffer
  readonly br: Buffer
  readonly gzip: Buffer
  /** A hash of the page: the ETag of each coding adds its own suffix. */
  readonly hash: string
  /** Its Last-Modified, in ms (whole seconds): its newest data file's, never before the build's. */
  readonly lastModified: number
}

export type PageLookup =
  | { readonly kind: 'page'; readonly page: RenderedPage }
  /** The page's route sends the reader to another URL (`/catalog/title/1` is `/`): a 308. */
  | { readonly kind: 'redirect'; readonly location: string }
  /** No page has this path (an unknown film, person or path): a 404. */
  | { readonly kind: 'no-data' }
  /** A page whose render failed: the caller serves the shell, and the browser renders it. */
  | { readonly kind: 'not-a-page' }

export interface PageRenderer {
  /** `query` is the request's query string (`?q=cher`): the search's results page is rendered for its `q`. */
  lookup(segments: readonly string[], query?: string): Promise<PageLookup>
  /** Renders one page of each kind, so the first visitor does not wait for route code to load. */
  warm(): Promise<void>
  readonly cache: ByteLru<KeptPage>
  /** The search's results pages, apart: queries are endless, and must not push the films' pages out. */
  readonly searches: ByteLru<KeptPage>
}

/** What a data file was when a page was read from it: `absent`, or its inode, size and mtime. */
type FileIdentity = string

interface KeptPage {
  readonly page: RenderedPage
  /** Every data file the render read (or looked for and did not find), by path under dist/. */
  readonly files: ReadonlyMap<string, FileIdentity>
}

export interface PageRendererOptions {
  readonly dist: string
  readonly factory: Pick<PageFactory, 'render' | 'template'>
  /** When the SSR bundle was built (ms): no page it renders is older. */
  readonly builtAt?: number
  /** The memory cache's bound; 64 MB holds about 7,000 pages. */
  readonly maxBytes?: number
  /** The search's results pages' own bound; 8 MB holds about 400. */
  readonly maxSearchBytes?: number
  readonly log?: (line: string) => void
}

interface MatchedPage {
  /** The page's path; the search's, with its query: `/search?q=cher`. */
  readonly pathname: string
  readonly kind: PageKind
  /** The data file the page's loader reads, relative to dist/. */
  readonly dataFile: string
}

/**
 * The page a path names and the data file it is rendered from, by the
 * contract's route patterns (contract/routes.ts); null for a path no route
 * has. The search's results page is one page per query (its first `q`; any
 * other parameter changes nothing on it), rendered from the index's
 * manifest, which names every shard by its version.
 */
export function matchRenderedPage(segments: readonly string[], query = ''): MatchedPage | null {
  const page = matchPage(segments)
  if (!page) return null
  const q = page.kind === SEARCH_PAGE.kind ? new URLSearchParams(query).get('q') : null
  return {
    pathname: `/${segments.join('/')}${q ? `?q=${encodeURIComponent(q)}` : ''}`,
    kind: page.kind,
    dataFile: pageDataFile(page),
  }
}

/** A zlib result is a view of a larger output buffer: copied, so the cache pins only its bytes. */
const own = (buffer: Buffer) => Buffer.from(buffer)

export function compressPage(html: string, lastModified = 0): RenderedPage {
  const raw = Buffer.from(html)
  return {
    lastModified: Math.floor(lastModified / 1000) * 1000,
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

const ABSENT: FileIdentity = 'absent'

/** A file's identity, as the static files' ETags use it (size and mtime), and its inode, for a file replaced by a rename. */
interface Identity {
  readonly id: FileIdentity
  readonly mtimeMs: number
}

async function identify(path: string): Promise<Identity> {
  const stats = await stat(path, { bigint: true }).catch(() => null)
  if (!stats?.isFile()) return { id: ABSENT, mtimeMs: 0 }
  return { id: `${stats.ino}-${stats.size}-${stats.mtimeNs}`, mtimeMs: Number(stats.mtimeMs) }
}

export function createPageRenderer(options: PageRendererOptions): PageRenderer {
  const { dist, factory } = options
  const log = options.log ?? ((line: string) => console.error(line))
  const cache = new ByteLru<KeptPage>(options.maxBytes ?? 64 * 1024 * 1024)
  const searches = new ByteLru<KeptPage>(options.maxSearchBytes ?? 8 * 1024 * 1024)
  const keptIn = (matched: MatchedPage) => (matched.kind === SEARCH_PAGE.kind ? searches : cache)
  const rendering = new Map<string, Promise<PageLookup>>()

  async function render(matched: MatchedPage, data: Identity): Promise<PageLookup> {
    // The page's own file counts whether or not its route reads it.
    const files = new Map<string, FileIdentity>([[matched.dataFile, data.id]])
    let newest = Math.max(options.builtAt ?? 0, data.mtimeMs)
    // Paths come from the routes' own params (ids, page numbers), never from
    // the raw URL, so they cannot leave dist/. The identity is taken before
    // the read: a file replaced in between makes the next request render again.
    const read: ReadDataFile = async (path) => {
      const { id, mtimeMs } = await identify(join(dist, path))
      const text = id === ABSENT ? null : await readFile(join(dist, path), 'utf8').catch(() => null)
      files.set(path, text === null ? ABSENT : id)
      if (text !== null) newest = Math.max(newest, mtimeMs)
      return text
    }
    try {
      const rendered = await factory.render(matched.pathname, matched.kind, read)
      if (typeof rendered !== 'string') return { kind: 'redirect', location: rendered.redirect }
      const page = compressPage(rendered, newest)
      const bytes = page.html.length + page.br.length + page.gzip.length
      keptIn(matched).set(matched.pathname, { page, files }, bytes)
      return { kind: 'page', page }
    } catch (error) {
      // A route that redirects or fails to render is left to the app in the
      // browser, which shows it as it would after a client-side navigation.
      const from = [...files.keys()].join(', ')
      // Anything may be thrown; inspect() says what a non-Error is.
      const why = error instanceof Error ? error.message : inspect(error, { breakLength: Infinity })
      log(
        `film-explorer: could not render ${JSON.stringify(matched.pathname)} from ${from}, serving the app shell: ${why}`,
      )
      return { kind: 'not-a-page' }
    }
  }

  async function lookup(segments: readonly string[], query = ''): Promise<PageLookup> {
    const matched = matchRenderedPage(segments, query)
    // A path no route has is the app's not-found page, and so a 404 (a
    // "soft 404" otherwise).
    if (!matched) return { kind: 'no-data' }
    const data = await identify(join(dist, matched.dataFile))
    if (data.id === ABSENT) {
      keptIn(matched).delete(matched.pathname)
      // A build without a search index: the browser says the search is not available.
      return { kind: matched.kind === SEARCH_PAGE.kind ? 'not-a-page' : 'no-data' }
    }
    const kept = keptIn(matched).get(matched.pathname)
    if (kept && (await unchanged(kept.files, matched.dataFile, data.id))) {
      return { kind: 'page', page: kept.page }
    }
    // A render of an older version of the data is not this request's page.
    const key = `${matched.pathname}\n${data.id}`
    const pending = rendering.get(key)
    if (pending) return pending
    const started = render(matched, data).finally(() => rendering.delete(key))
    rendering.set(key, started)
    return started
  }

  /** Whether every file a page was rendered from is as it was; the page's own file is known already. */
  async function unchanged(
    files: ReadonlyMap<string, FileIdentity>,
    dataFile: string,
    data: FileIdentity,
  ): Promise<boolean> {
    for (const [path, id] of files) {
      const now = path === dataFile ? data : (await identify(join(dist, path))).id
      if (now !== id) return false
    }
    return true
  }

  /** The first data file's id in a folder of them, to warm a page of that kind. */
  async function firstId(folder: string): Promise<string | null> {
    const dir = await opendir(join(dist, folder)).catch(() => null)
    if (!dir) return null
    // Leaving the loop closes the directory.
    for await (const entry of dir) {
      const id = entry.isFile() ? idOfFile(entry.name) : null
      if (id) return id
    }
    return null
  }

  async function warm() {
    const [film, person] = await Promise.all([firstId(FILMS_DIR), firstId(PEOPLE_DIR)])
    const paths = [
      ...(film ? FILM_SECTIONS.map((section) => sectionPath(film, section)) : []),
      ...(person ? [personPath(person)] : []),
      catalogPath({ filter: '', order: 'year', page: 1 }),
      // The search's code and its engine's, whatever the query finds.
      searchPath('film'),
    ]
    for (const path of paths) {
      const [pathname = '', query] = path.split('?')
      await lookup(pathname.split('/').filter(Boolean), query)
    }
  }

  return { lookup, warm, cache, searches }
}

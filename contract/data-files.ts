import type { CatalogView } from './catalog-view.ts'
import { ID_PATTERN } from './ids.ts'
import type { PageMatch } from './pages.ts'

/**
 * Where every data file lives, under the site's root: the pipeline writes
 * them there, the app and the service worker fetch them, the server reads
 * them to render a page, and public/boot.js preloads a film's (a test keeps
 * its copy in step). Nothing else spells a data path.
 */
export const DATA_DIR = 'data'

/** One file a film, `<id>.json`, and one a person. */
export const FILMS_DIR = `${DATA_DIR}/films`
export const PEOPLE_DIR = `${DATA_DIR}/people`

export const filmFile = (filmId: string) => `${FILMS_DIR}/${filmId}.json`

export const personFile = (personId: string) => `${PEOPLE_DIR}/${personId}.json`

/** The id a film's or a person's file is named for, or null for another file. */
export const idOfFile = (name: string) => {
  const id = name.endsWith('.json') ? name.slice(0, -'.json'.length) : ''
  return ID_PATTERN.test(id) ? id : null
}

/** A page of the catalog: `data/catalog/title/2.json`, `data/catalog/1980s-drama/year/1.json`. */
export const catalogFile = ({ filter, order, page }: CatalogView) =>
  `${DATA_DIR}/catalog/${filter ? `${filter}/` : ''}${order}/${page}.json`

/** The search index's manifest: which shards there are, and their version. */
export const SEARCH_MANIFEST_FILE = `${DATA_DIR}/search/manifest.json`

/** A shard of the search index; `version` is a hash of the shards' content, so a shard is cached for good. */
export const shardFile = (version: string, key: string) =>
  `${DATA_DIR}/search/${version}/${encodeURIComponent(key)}.json`

/**
 * What each folder of data files holds, in the words a message names it by
 * ("The person could not be loaded"): every view that says what failed to
 * load reads it here, from the failed file's URL, so none can blame the
 * film on a person's page.
 */
const DATA_KINDS = {
  films: 'film',
  people: 'person',
  catalog: 'catalog page',
  search: 'search index',
} as const

export type DataFileKind = (typeof DATA_KINDS)[keyof typeof DATA_KINDS]

/** The kind of the data file at `url` (a URL, or a path as the functions above spell it), or null for another file. */
export function dataFileKind(url: string): DataFileKind | null {
  const { pathname } = new URL(url, 'http://localhost')
  const folder = new RegExp(`/${DATA_DIR}/([^/]+)/`).exec(pathname)?.[1] ?? ''
  return Object.hasOwn(DATA_KINDS, folder) ? DATA_KINDS[folder as keyof typeof DATA_KINDS] : null
}

/** The data-quality report, which the app serves as it is. */
export const REPORT_FILE = `${DATA_DIR}/reports/data-quality.json`

/**
 * The search's files, which a tab asks for without naming its build: the
 * results page and the header's box preload them, and a preload cannot
 * send a header, so a request that named its build would fetch each twice.
 * The shards name their content; the manifest's build is checked as it
 * arrives (src/data/fetch-json.ts).
 */
export const SEARCH_DATA_URL = new RegExp(`/${DATA_DIR}/search/`)

/** The search shards' URLs, which name their content: one shard serves every build that has it. */
export const SHARD_URL = /\/data\/search\/[0-9a-f]{6,}\/[^/]+\.json$/

/** The data a page's loader reads, by the build: films, people, catalog pages and the search manifest. */
export const BUILD_DATA_URL =
  /\/data\/(?:films|people|catalog)\/.+\.json$|\/data\/search\/manifest\.json$/

/**
 * The data file a page is rendered from: the search's results page's is the
 * manifest, whose version names every shard (a new index is a new manifest).
 */
export function pageDataFile(page: PageMatch): string {
  if (page.kind === 'catalog') return catalogFile(page.view)
  if (page.kind === 'person') return personFile(page.personId)
  if (page.kind === 'search') return SEARCH_MANIFEST_FILE
  return filmFile(page.filmId)
}

/** A path under the data folder (`films/x.json`), as the pipeline writes it into its output folder. */
export const inDataDir = (file: string) => file.slice(DATA_DIR.length + 1)

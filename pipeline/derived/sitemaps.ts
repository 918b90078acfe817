/**
 * The sitemaps (https://www.sitemaps.org/protocol.html) and robots.txt: a
 * pure step from the site's origin and the ids the build wrote to the files
 * a search engine reads to find every page. One URL a film (its overview:
 * the cast, trivia and reviews are linked from it and would list empty pages
 * for most films) and one a person, in files of at most 50,000 URLs, the
 * protocol's limit, under a sitemap index. They sit at the site's root,
 * since a sitemap may only list URLs under its own folder.
 */
import { FILM_SECTIONS, personPath, sectionPath } from '../../contract/routes.ts'

/** The protocol's limits: URLs per sitemap, and sitemaps per index. */
export const SITEMAP_URL_LIMIT = 50_000
const SITEMAPS_PER_INDEX = 50_000

export interface SitemapInput {
  /** The site's origin, `https://films.example`. */
  readonly origin: string
  readonly films: readonly string[]
  readonly people: readonly string[]
}

export interface SiteFile {
  /** Relative to the site's root. */
  readonly path: string
  readonly text: string
}

const escapeXml = (text: string) =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8"?>'
const NS = 'http://www.sitemaps.org/schemas/sitemap/0.9'

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = []
  for (let at = 0; at < items.length; at += size) out.push(items.slice(at, at + size))
  return out
}

function urlset(urls: readonly string[]): string {
  const lines = urls.map((url) => `<url><loc>${escapeXml(url)}</loc></url>`)
  return `${XML_HEAD}\n<urlset xmlns="${NS}">\n${lines.join('\n')}\n</urlset>\n`
}

/** The sitemap index at `sitemap.xml`, its sitemaps beside it, and robots.txt pointing to the index. */
export function sitemapFiles(input: SitemapInput, limit = SITEMAP_URL_LIMIT): SiteFile[] {
  const { origin } = input
  // Sorted, so a build writes the same files whatever order the folder was read in.
  const groups = [
    {
      name: 'films',
      urls: [
        `${origin}/`,
        ...sorted(input.films).map((id) => `${origin}${sectionPath(id, FILM_SECTIONS[0])}`),
      ],
    },
    { name: 'people', urls: sorted(input.people).map((id) => `${origin}${personPath(id)}`) },
  ]
  const maps = groups.flatMap(({ name, urls }) =>
    chunks(urls, limit).map((part, index) => ({
      path: `sitemap-${name}-${index + 1}.xml`,
      text: urlset(part),
    })),
  )
  if (maps.length > SITEMAPS_PER_INDEX) {
    throw new Error(`${maps.length} sitemaps exceed an index's ${SITEMAPS_PER_INDEX}`)
  }
  const entries = maps.map(
    ({ path }) => `<sitemap><loc>${escapeXml(`${origin}/${path}`)}</loc></sitemap>`,
  )
  const index = `${XML_HEAD}\n<sitemapindex xmlns="${NS}">\n${entries.join('\n')}\n</sitemapindex>\n`
  const robots = `# Every page may be crawled. The sitemaps list them all.\nUser-agent: *\nAllow: /\n\nSitemap: ${origin}/sitemap.xml\n`
  return [{ path: 'sitemap.xml', text: index }, ...maps, { path: 'robots.txt', text: robots }]
}

const sorted = (ids: readonly string[]) => [...new Set(ids)].sort()

import { sitemapFiles } from './sitemaps.ts'

const ORIGIN = 'https://films.example'
const input = { origin: ORIGIN, films: ['mask-1985', 'airplane-1980'], people: ['cher'] }

const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1])

function parse(xml: string) {
  const doc = new DOMParser().parseFromString(xml, 'application/xml')
  expect(doc.querySelector('parsererror')).toBeNull()
  return doc
}

it('lists the home page, every film and every person once, under an index', () => {
  const files = sitemapFiles(input)
  expect(files.map((file) => file.path)).toEqual([
    'sitemap.xml',
    'sitemap-films-1.xml',
    'sitemap-people-1.xml',
    'robots.txt',
  ])
  const [index, films, people] = files.map((file) => file.text)
  expect(parse(index ?? '').documentElement.localName).toBe('sitemapindex')
  expect(locs(index ?? '')).toEqual([
    `${ORIGIN}/sitemap-films-1.xml`,
    `${ORIGIN}/sitemap-people-1.xml`,
  ])
  expect(parse(films ?? '').documentElement.namespaceURI).toBe(
    'http://www.sitemaps.org/schemas/sitemap/0.9',
  )
  expect(locs(films ?? '')).toEqual([
    `${ORIGIN}/`,
    `${ORIGIN}/films/airplane-1980`,
    `${ORIGIN}/films/mask-1985`,
  ])
  expect(locs(people ?? '')).toEqual([`${ORIGIN}/people/cher`])
})

it('splits a list at the limit, so no sitemap holds more URLs than the protocol allows', () => {
  const films = Array.from({ length: 7 }, (_, i) => `film-${i}`)
  const files = sitemapFiles({ ...input, films }, 3)
  const maps = files.filter((file) => file.path.startsWith('sitemap-films-'))
  expect(maps.map((file) => locs(file.text).length)).toEqual([3, 3, 2])
  expect(locs(files[0]?.text ?? '')).toHaveLength(maps.length + 1)
  // Every film once, in all the parts together.
  expect(maps.flatMap((file) => locs(file.text)).sort()).toEqual(
    [`${ORIGIN}/`, ...films.map((id) => `${ORIGIN}/films/${id}`)].sort(),
  )
})

it('writes the same files whatever order the ids come in', () => {
  const reversed = { ...input, films: [...input.films].reverse() }
  expect(sitemapFiles(reversed)).toEqual(sitemapFiles(input))
})

it('escapes what XML would read as markup', () => {
  const [index] = sitemapFiles({ ...input, origin: 'https://a.example/?x=1&y=<2>' })
  parse(index?.text ?? '')
  expect(index?.text).toContain('x=1&amp;y=&lt;2&gt;')
})

it('points robots.txt to the index by its full URL', () => {
  const robots = sitemapFiles(input).at(-1)
  expect(robots?.text).toContain(`Sitemap: ${ORIGIN}/sitemap.xml`)
  expect(robots?.text).toMatch(/^User-agent: \*$/m)
  expect(robots?.text).not.toMatch(/^Disallow: \/$/m)
})

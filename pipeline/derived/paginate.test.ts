import fc from 'fast-check'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { CatalogEntry, CatalogPage } from '../../contract/catalog-schema.ts'
import { CATALOG_ORDERS, type CatalogOrder } from '../../contract/catalog-view.ts'
import type { Film } from '../../contract/film-schema.ts'
import { listedFilm } from '../test/builders.ts'
import {
  catalogEntry,
  catalogPagePath,
  compareCatalogEntries,
  paginate,
  PAGE_SIZE,
  titleInitial,
} from './paginate.ts'
import { toPageFile } from '../write/write.ts'

const film = (title: string, year: number, id: string, cast: string[] = []): Film =>
  listedFilm(id, { title, year }, cast)

/** The whole catalog's pages in one order (no decade or genre). */
const inOrder = (pages: readonly CatalogPage[], order: CatalogOrder, slug = '') =>
  pages.filter((page) => page.order === order && page.filter.slug === slug)
const titles = (page: CatalogPage | undefined) => page?.films.map((entry) => entry.title)

describe('catalogEntry', () => {
  it('keeps what a card shows: genres, the first three of the cast, no rating for a list film', () => {
    const entry = catalogEntry(film('Airplane!', 1980, 'airplane-1980', ['A', 'B', 'C', 'D']))
    expect(entry).toEqual({
      id: 'airplane-1980',
      title: 'Airplane!',
      year: 1980,
      genres: ['Drama'],
      stars: ['A', 'B', 'C'],
      rating: null,
      directors: [],
    })
  })

  it("gives a page's film its rating without the votes, and its directors", () => {
    const rich = {
      ...film('Mask', 1985, 'mask-1985', ['Cher']),
      rating: { value: 7, max: 10, votes: 12168 },
      directors: ['Peter Bogdanovich'],
    }
    expect(catalogEntry(rich)).toMatchObject({
      stars: ['Cher'],
      rating: { value: 7, max: 10 },
      directors: ['Peter Bogdanovich'],
    })
  })
})

describe('titleInitial', () => {
  it.each([
    ['Mask', 'M'],
    ['émile', 'E'],
    ['Æon Flux', 'A'],
    ['Øystein', 'O'],
    ['2001: A Space Odyssey', '#'],
    ["'Til There Was You", 'T'],
    ['...All the Marbles', 'A'],
    ['-30-', '#'],
    ['(500) Days of Summer', '#'],
    ['Ωmega', '#'],
  ])('files %s under %s', (title, initial) => {
    expect(titleInitial(title)).toBe(initial)
  })
})

describe('paginate', () => {
  const films = [
    film('Zelig', 1983, 'zelig-1983'),
    film('Émile', 1983, 'emile-1983'),
    film('Airplane!', 1980, 'airplane-1980'),
    film('2001: A Space Odyssey', 1968, '2001-a-space-odyssey-1968'),
    film('Ed', 2023, 'ed-2023'),
    film("'Gator Bait", 1974, 'gator-bait-1974'),
    film('...All the Marbles', 1981, 'all-the-marbles-1981'),
  ]

  it('pages the catalog by title in its collation, jumping to each initial it has', () => {
    const pages = inOrder(paginate(films, 2), 'title')
    // Leading punctuation aside: "...All the Marbles" under A, "'Gator Bait" under G.
    expect(pages.map(titles)).toEqual([
      ['2001: A Space Odyssey', 'Airplane!'],
      ['...All the Marbles', 'Ed'],
      ['Émile', "'Gator Bait"],
      ['Zelig'],
    ])
    expect(pages.map(({ page, pages, total }) => [page, pages, total])).toEqual([
      [1, 4, 7],
      [2, 4, 7],
      [3, 4, 7],
      [4, 4, 7],
    ])
    // Each jump names the letter's first film, for the link to land on it.
    expect(pages[0]?.jumps).toEqual([
      { label: '#', page: 1, film: '2001-a-space-odyssey-1968' },
      { label: 'A', page: 1, film: 'airplane-1980' },
      { label: 'E', page: 2, film: 'ed-2023' },
      { label: 'G', page: 3, film: 'gator-bait-1974' },
      { label: 'Z', page: 4, film: 'zelig-1983' },
    ])
  })

  it('pages it by year, newest first and then by title, jumping to each decade', () => {
    const pages = inOrder(paginate(films, 2), 'year')
    expect(pages.map(titles)).toEqual([
      ['Ed', 'Émile'],
      ['Zelig', '...All the Marbles'],
      ['Airplane!', "'Gator Bait"],
      ['2001: A Space Odyssey'],
    ])
    expect(pages[2]?.jumps).toEqual([
      { label: '2020s', page: 1, film: 'ed-2023' },
      { label: '1980s', page: 1, film: 'emile-1983' },
      { label: '1970s', page: 3, film: 'gator-bait-1974' },
      { label: '1960s', page: 4, film: '2001-a-space-odyssey-1968' },
    ])
  })

  it('pages it by year oldest first as well, then by title', () => {
    const pages = inOrder(paginate(films, 2), 'oldest')
    expect(pages.map(titles)).toEqual([
      ['2001: A Space Odyssey', "'Gator Bait"],
      ['Airplane!', '...All the Marbles'],
      ['Émile', 'Zelig'],
      ['Ed'],
    ])
    expect(pages[0]?.jumps.map((jump) => jump.label)).toEqual(['1960s', '1970s', '1980s', '2020s'])
  })

  it('puts 100 films on a page by default', () => {
    const many = Array.from({ length: 201 }, (_, i) => film(`Film ${i}`, 2000, `film-${i}-2000`))
    const pages = inOrder(paginate(many), 'title')
    expect(pages.map((page) => page.films.length)).toEqual([PAGE_SIZE, PAGE_SIZE, 1])
    // Numbers in titles sort as numbers: "Film 2" before "Film 10".
    expect(titles(pages[0])?.slice(0, 3)).toEqual(['Film 0', 'Film 1', 'Film 2'])
  })

  it('gives an empty catalog one empty page in each order, which the app can say so with', () => {
    expect(paginate([])).toEqual(
      CATALOG_ORDERS.map((order) => ({
        schemaVersion: 1,
        filter: { slug: '', decade: null, genre: null },
        facets: { decades: [], genres: [] },
        order,
        page: 1,
        pages: 1,
        total: 0,
        people: 0,
        jumps: [],
        films: [],
      })),
    )
  })

  it('names each page by its path under data/', () => {
    const all = { slug: '', decade: null, genre: null }
    expect(catalogPagePath({ filter: all, order: 'year', page: 12 })).toBe(
      join('catalog', 'year', '12.json'),
    )
    const filter = { slug: '1980s-science-fiction', decade: '1980s', genre: 'Science Fiction' }
    expect(catalogPagePath({ filter, order: 'title', page: 2 })).toBe(
      join('catalog', '1980s-science-fiction', 'title', '2.json'),
    )
  })

  it('pages each decade, each genre, and each decade and genre that share a film', () => {
    const genred = (title: string, year: number, genres: string[]) => ({
      ...film(title, year, `${title.toLowerCase()}-${year}`),
      genres,
    })
    const pages = paginate([
      genred('Alien', 1979, ['Horror', 'Science Fiction']),
      genred('Aliens', 1986, ['Science Fiction', 'Action']),
      genred('Brazil', 1985, ['Science Fiction']),
      genred('Carrie', 1976, ['Horror']),
    ])
    const slugs = [...new Set(pages.map((page) => page.filter.slug))]
    expect(slugs).toEqual([
      '',
      '1970s',
      '1980s',
      'action',
      'horror',
      'science-fiction',
      '1970s-horror',
      '1970s-science-fiction',
      '1980s-action',
      '1980s-science-fiction',
    ])
    const eighties = inOrder(pages, 'title', '1980s-science-fiction')[0]
    expect(titles(eighties)).toEqual(['Aliens', 'Brazil'])
    expect(eighties?.filter).toEqual({
      slug: '1980s-science-fiction',
      decade: '1980s',
      genre: 'Science Fiction',
    })
    // From here: each decade's science fiction, and each genre of the 1980s.
    expect(eighties?.facets).toEqual({
      decades: [
        { label: '1970s', films: 1 },
        { label: '1980s', films: 2 },
      ],
      genres: [
        { label: 'Action', films: 1 },
        { label: 'Science Fiction', films: 2 },
      ],
    })
    expect(inOrder(pages, 'title')[0]?.facets.genres).toEqual([
      { label: 'Action', films: 1 },
      { label: 'Horror', films: 2 },
      { label: 'Science Fiction', films: 3 },
    ])
  })
})

describe('paginate, for any catalog', () => {
  const letters = fc.constantFrom(..."aBzÉé1 '.ÆßΩ".split(''))
  const catalogs = fc
    .array(
      fc.record({
        title: fc.string({ unit: letters, minLength: 1, maxLength: 6 }),
        year: fc.integer({ min: 1900, max: 2030 }),
      }),
      { maxLength: 60 },
    )
    .map((rows) => rows.map(({ title, year }, i) => film(title, year, `film-${i}`)))
  const sizes = fc.integer({ min: 1, max: 7 })
  const COMPARE: Record<CatalogOrder, (a: CatalogEntry, b: CatalogEntry) => number> = {
    title: compareCatalogEntries,
    year: (a, b) => b.year - a.year || compareCatalogEntries(a, b),
    oldest: (a, b) => a.year - b.year || compareCatalogEntries(a, b),
  }

  it('lists every film on exactly one page of each order, in order, pages full but the last', () => {
    fc.assert(
      fc.property(catalogs, sizes, (films, size) => {
        for (const order of CATALOG_ORDERS) {
          const pages = inOrder(paginate(films, size), order)
          const listed = pages.flatMap((page) => page.films)
          expect(listed.map((entry) => entry.id).sort()).toEqual(films.map((f) => f.id).sort())
          for (let i = 1; i < listed.length; i += 1)
            expect(
              COMPARE[order](listed[i - 1] as CatalogEntry, listed[i] as CatalogEntry),
            ).toBeLessThan(0)
          expect(pages.map((page) => page.page)).toEqual(pages.map((_, i) => i + 1))
          for (const page of pages) {
            expect(page).toMatchObject({ pages: pages.length, total: films.length })
            if (page.page < page.pages) expect(page.films).toHaveLength(size)
          }
        }
      }),
    )
  })

  it('jumps to the page of the first film with each label, and only to labels some film has', () => {
    fc.assert(
      fc.property(catalogs, sizes, (films, size) => {
        const label = {
          title: (entry: CatalogEntry) => titleInitial(entry.title),
          year: (entry: CatalogEntry) => `${Math.floor(entry.year / 10) * 10}s`,
          oldest: (entry: CatalogEntry) => `${Math.floor(entry.year / 10) * 10}s`,
        }
        for (const order of CATALOG_ORDERS) {
          const pages = inOrder(paginate(films, size), order)
          const listed = pages.flatMap((page) => page.films)
          const expected = [...new Set(listed.map(label[order]))].map((name) => {
            const first = listed.findIndex((e) => label[order](e) === name)
            return {
              label: name,
              page: Math.floor(first / size) + 1,
              film: listed[first]?.id,
            }
          })
          for (const page of pages) expect(page.jumps).toEqual(expected)
        }
      }),
    )
  })

  it('gives the same pages whatever order the films come in', () => {
    fc.assert(
      fc.property(
        catalogs.chain((films) =>
          fc.tuple(fc.constant(films), fc.shuffledSubarray(films, { minLength: films.length })),
        ),
        sizes,
        ([films, shuffled], size) => {
          expect(paginate(shuffled, size)).toEqual(paginate(films, size))
        },
      ),
    )
  })
})

// The component tests read these pages: the fixture films, paged as the
// build pages the real catalog, two films a page so that they have pages.
describe('src/test/data/catalog', () => {
  const FILMS = join('src', 'test', 'data', 'films')
  const fixtures = readdirSync(FILMS).map(
    (name) => JSON.parse(readFileSync(join(FILMS, name), 'utf8')) as Film,
  )
  it.each(paginate(fixtures, 2).map((page) => [catalogPagePath(page), page] as const))(
    '%s is what paginate writes for the fixture films, 2 a page',
    (path, page) => {
      expect(
        readFileSync(join('src', 'test', 'data', path), 'utf8'),
        `run the test's paginate(fixtures, 2) and write ${path} with toPageFile`,
      ).toBe(toPageFile(page))
    },
  )
})

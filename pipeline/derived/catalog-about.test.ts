import type { CatalogPage } from '../../contract/catalog-schema.ts'
import { catalogAbout, withAbout } from './catalog-about.ts'

const page = (over: Partial<CatalogPage>): CatalogPage =>
  ({
    filter: { slug: '', decade: null, genre: null },
    order: 'title',
    page: 1,
    pages: 1,
    total: 36254,
    people: 28715,
    facets: {
      decades: ['1900s', '1950s', '2020s'].map((label) => ({ label, films: 1 })),
      genres: [],
    },
    jumps: [],
    films: [],
    ...over,
  }) as unknown as CatalogPage

describe('the front page sentence', () => {
  it('says what the catalog holds and where it comes from, from its counts', () => {
    expect(catalogAbout(page({}))).toBe(
      "36,254 American films from Wikipedia's yearly lists, 1900s to 2020s, and the 28,715 people in them.",
    )
    // One decade is no span.
    expect(
      catalogAbout(
        page({
          total: 1,
          people: 2,
          facets: { decades: [{ label: '1980s', films: 1 }], genres: [] } as never,
        }),
      ),
    ).toBe("1 American film from Wikipedia's yearly lists, and the 2 people in it.")
  })

  it('says nothing of people when the catalog has none', () => {
    expect(catalogAbout(page({ total: 2, people: 0 }))).toBe(
      "2 American films from Wikipedia's yearly lists, 1900s to 2020s.",
    )
  })

  it('goes on the front page alone: not a later page, another order, a filtered view or an empty catalog', () => {
    const pages = withAbout([
      page({}),
      page({ page: 2 }),
      page({ order: 'year' }),
      page({ filter: { slug: '1980s', decade: '1980s', genre: null } }),
    ])
    expect(pages.map((each) => Boolean(each.about))).toEqual([true, false, false, false])
    expect(withAbout([page({ total: 0 })])[0]?.about).toBeUndefined()
  })
})

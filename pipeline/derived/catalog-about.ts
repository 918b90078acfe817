import type { CatalogPage } from '../../contract/catalog-schema.ts'

/**
 * What the whole catalog holds and where it comes from, from its own
 * counts: "36,254 American films from Wikipedia's yearly lists, 1900s to
 * 2020s, and the 28,715 people in them." Written into the front page's data
 * rather than worked out in the browser, where its code would load on every
 * page of the catalog for the one page that shows it.
 */
export function catalogAbout({ total, people, facets }: CatalogPage): string {
  const decades = facets.decades.map((facet) => facet.label)
  const span = decades.length > 1 ? `, ${decades[0]} to ${decades.at(-1)}` : ''
  const count = (value: number, one: string, many: string) =>
    `${value.toLocaleString('en-US')} ${value === 1 ? one : many}`
  // A catalog with no people (films listed without casts) says nothing of them.
  const them = people
    ? `, and the ${count(people, 'person', 'people')} in ${total === 1 ? 'it' : 'them'}`
    : ''
  return `${count(total, 'American film', 'American films')} from Wikipedia's yearly lists${span}${them}.`
}

/** The catalog's pages, its front page (the whole catalog by title, page 1) with its sentence. */
export const withAbout = (pages: readonly CatalogPage[]) =>
  pages.map((page) =>
    page.order === 'title' && page.page === 1 && !page.filter.slug && page.total > 0
      ? { ...page, about: catalogAbout(page) }
      : page,
  )

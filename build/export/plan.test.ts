import { describe, expect, it } from 'vitest'
import { catalogPageOf, htmlFileOf, planPages, samplePages } from './plan.ts'

describe("the export's pages", () => {
  it('writes one page a film (its tabs are the host’s rewrites), one a person, and every catalog page', () => {
    const pages = planPages({
      films: ['mask-1985'],
      people: ['cher'],
      catalogFiles: ['title/1.json', 'title/2.json', 'year/1.json', '1980s-drama/year/1.json'],
    })
    expect(pages.map((page) => [page.pathname, page.kind, page.file])).toEqual([
      ['/', 'catalog', 'index.html'],
      ['/catalog/1980s-drama/year/1', 'catalog', 'catalog/1980s-drama/year/1/index.html'],
      ['/catalog/title/2', 'catalog', 'catalog/title/2/index.html'],
      ['/catalog/year/1', 'catalog', 'catalog/year/1/index.html'],
      ['/films/mask-1985', 'overview', 'films/mask-1985/index.html'],
      ['/people/cher', 'person', 'people/cher/index.html'],
    ])
  })

  it('skips a catalog file that names no page', () => {
    expect(catalogPageOf('title/0.json')).toBeNull()
    expect(catalogPageOf('title/1.json.br')).toBeNull()
    expect(catalogPageOf('a/b/c/d.json')).toBeNull()
    expect(catalogPageOf('title/3.json')).toBe('/catalog/title/3')
  })

  it('puts each page in a folder of its own, so no folder holds a file a film', () => {
    expect(htmlFileOf('/films/x-1990')).toBe('films/x-1990/index.html')
  })

  it('samples one page in n, kind by kind, and every page when n is 1', () => {
    const pages = planPages({
      films: ['a-1990', 'b-1990', 'c-1990', 'd-1990'],
      people: ['e', 'f'],
      catalogFiles: ['title/2.json', 'title/3.json'],
    })
    expect(samplePages(pages, 3).map((page) => page.pathname)).toEqual([
      '/catalog/title/2',
      '/films/b-1990',
      '/people/e',
    ])
    expect(samplePages(pages, 1)).toHaveLength(8)
  })
})

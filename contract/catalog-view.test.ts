import { catalogFile } from './data-files.ts'
import { catalogPath, filterSlug, genreSlug } from './catalog-path.ts'
import { parseCatalogView } from './catalog-view.ts'

describe('catalog views by path', () => {
  it('reads the whole catalog, a decade, a genre and both', () => {
    expect(parseCatalogView({})).toEqual({ filter: '', order: 'title', page: 1 })
    expect(parseCatalogView({ order: 'year', page: '3' })).toEqual({
      filter: '',
      order: 'year',
      page: 3,
    })
    for (const filter of ['1980s', 'drama', 'science-fiction', '1980s-science-fiction'])
      expect(parseCatalogView({ filter, order: 'title', page: '1' })?.filter).toBe(filter)
  })

  it('names no view for a path no decade, genre, order or page could spell', () => {
    for (const filter of ['1985s', 'Drama', '-drama', 'drama-', '1980s-', '../x', 'a b'])
      expect(parseCatalogView({ filter, order: 'title', page: '1' }), filter).toBeNull()
    expect(parseCatalogView({ order: 'rating', page: '1' })).toBeNull()
    expect(parseCatalogView({ filter: 'drama', order: 'title', page: '01' })).toBeNull()
  })

  it('gives each view one URL and one data file, the same ones the pipeline writes', () => {
    expect(catalogPath({ filter: '', order: 'title', page: 1 })).toBe('/')
    expect(catalogPath({ filter: '1980s-drama', order: 'title', page: 1 })).toBe(
      '/catalog/1980s-drama/title/1',
    )
    expect(catalogFile({ filter: '1980s-drama', order: 'year', page: 2 })).toBe(
      'data/catalog/1980s-drama/year/2.json',
    )
    expect(catalogFile({ filter: '', order: 'year', page: 2 })).toBe('data/catalog/year/2.json')
  })

  it('spells genres as path segments', () => {
    expect(genreSlug('Science Fiction')).toBe('science-fiction')
    expect(genreSlug('Martial Arts')).toBe('martial-arts')
    expect(filterSlug('1980s', 'Science Fiction')).toBe('1980s-science-fiction')
    expect(filterSlug(null, 'Drama')).toBe('drama')
    expect(filterSlug('1910s', null)).toBe('1910s')
    expect(filterSlug(null, null)).toBe('')
  })
})

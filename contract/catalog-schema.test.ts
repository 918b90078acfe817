import * as v from 'valibot'
import titlePage from '../src/test/data/catalog/title/1.json'
import { CatalogPageSchema } from './catalog-schema.ts'

const withFilm = (changes: object) => ({
  ...titlePage,
  films: titlePage.films.map((film, index) => (index === 0 ? { ...film, ...changes } : film)),
})

describe('CatalogPageSchema', () => {
  it('accepts a page as the pipeline writes it', () => {
    expect(v.is(CatalogPageSchema, titlePage)).toBe(true)
  })

  // As the film schema does: "11/10" is no rating a reader can trust.
  it('rejects a rating above its maximum', () => {
    expect(v.is(CatalogPageSchema, withFilm({ rating: { value: 11, max: 10 } }))).toBe(false)
    expect(v.is(CatalogPageSchema, withFilm({ rating: { value: 10, max: 10 } }))).toBe(true)
    expect(v.is(CatalogPageSchema, withFilm({ rating: null }))).toBe(true)
  })

  it('rejects more than three stars, an order the app has no URL for, and page 0', () => {
    expect(v.is(CatalogPageSchema, withFilm({ stars: ['A', 'B', 'C', 'D'] }))).toBe(false)
    expect(v.is(CatalogPageSchema, { ...titlePage, order: 'rating' })).toBe(false)
    expect(v.is(CatalogPageSchema, { ...titlePage, page: 0 })).toBe(false)
  })
})

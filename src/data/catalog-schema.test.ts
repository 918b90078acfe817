import * as v from 'valibot'
import { catalog } from '../test/fixtures.ts'
import { CatalogSchema } from './catalog-schema.ts'

const withRating = (rating: unknown) => ({
  ...catalog,
  films: catalog.films.map((film, index) => (index === 0 ? { ...film, rating } : film)),
})

describe('CatalogSchema', () => {
  it('accepts the published catalog', () => {
    expect(v.is(CatalogSchema, catalog)).toBe(true)
  })

  // As the film schema does: "11/10" is no rating a reader can trust.
  it('rejects a rating above its maximum', () => {
    expect(v.is(CatalogSchema, withRating({ value: 11, max: 10 }))).toBe(false)
    expect(v.is(CatalogSchema, withRating({ value: 10, max: 10 }))).toBe(true)
    expect(v.is(CatalogSchema, withRating(null))).toBe(true)
  })
})

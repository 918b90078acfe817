import * as v from 'valibot'
import { IdSchema } from './film-schema.ts'

/** public/data/films/index.json: the films the app knows, in the order it lists them. */
export const CatalogSchema = v.object({
  schemaVersion: v.literal(1),
  films: v.array(
    v.object({
      id: IdSchema,
      title: v.pipe(v.string(), v.nonEmpty()),
      year: v.pipe(v.number(), v.integer()),
    }),
  ),
})

export type Catalog = v.InferOutput<typeof CatalogSchema>
export type CatalogEntry = Catalog['films'][number]

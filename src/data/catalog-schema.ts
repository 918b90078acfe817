import * as v from 'valibot'
import { IdSchema, ScoreSchema } from './film-schema.ts'

/** public/data/films/index.json: the films the app knows, written by the ingest. */
export const CatalogSchema = v.object({
  schemaVersion: v.literal(1),
  films: v.array(
    v.object({
      id: IdSchema,
      title: v.pipe(v.string(), v.nonEmpty()),
      year: v.pipe(v.number(), v.integer()),
      rating: v.nullable(ScoreSchema),
      directors: v.array(v.pipe(v.string(), v.nonEmpty())),
    }),
  ),
})

export type Catalog = v.InferOutput<typeof CatalogSchema>
export type CatalogEntry = Catalog['films'][number]

import * as v from 'valibot'
import { IdSchema } from './film-schema.ts'

/** The film id from a URL, or null when it cannot name a film (so it is never sent to the server). */
export function parseFilmId(raw: string | undefined): string | null {
  return v.is(IdSchema, raw) ? raw : null
}

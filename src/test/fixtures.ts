import maskFile from './data/films/mask-1985.json'
import * as v from 'valibot'
import { FilmSchema, type Film } from '../../contract/film-schema.ts'

/**
 * Films exactly as the catalog pipeline writes them (pipeline/real-data.test.ts
 * checks it): tests exercise the data users get.
 */
export const mask: Film = v.parse(FilmSchema, maskFile)

/** A deep copy to change for one test without touching the shared fixture. */
export function cloneFilm(overrides: Partial<Film> = {}): Film {
  return { ...structuredClone(mask), ...overrides }
}

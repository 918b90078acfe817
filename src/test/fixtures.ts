import catalogFile from '../../public/data/films/index.json'
import maskFile from '../../public/data/films/mask-1985.json'
import type { Catalog } from '../data/catalog-schema.ts'
import type { Film } from '../data/film-schema.ts'

/** The real published files: tests exercise the data users get. */
export const mask = maskFile as Film
export const catalog = catalogFile as Catalog

/** A deep copy to change for one test without touching the shared fixture. */
export function cloneFilm(overrides: Partial<Film> = {}): Film {
  return { ...structuredClone(mask), ...overrides }
}

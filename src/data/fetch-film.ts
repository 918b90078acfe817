import { CatalogSchema } from './catalog-schema.ts'
import { dataUrl, fetchJson } from './fetch-json.ts'
import { FilmSchema } from './film-schema.ts'
import { DataLoadError } from './load-error.ts'
import { validate } from './validate.ts'

/**
 * The boundary: fetch a data file and validate it with the one schema.
 * Imported lazily by the query functions, so a prerendered page (whose data
 * arrives inside the HTML) never downloads the validation library.
 */
export async function fetchFilm(filmId: string, signal?: AbortSignal) {
  const url = dataUrl(`data/films/${filmId}.json`)
  const raw = await fetchJson(url, signal)
  // Parsing and validating a crew-sized file (50,000 credits, 5 MB) each take
  // a while: in separate tasks, so neither holds up input for long.
  await new Promise((resolve) => setTimeout(resolve, 0))
  const film = validate(FilmSchema, raw, url)
  if (film.id !== filmId) {
    throw new DataLoadError(
      'mismatch',
      `The data file holds the film “${film.id}”, not “${filmId}”.`,
      { url, path: 'id' },
    )
  }
  return film
}

export async function fetchCatalog(signal?: AbortSignal) {
  const url = dataUrl('data/films/index.json')
  return validate(CatalogSchema, await fetchJson(url, signal), url)
}

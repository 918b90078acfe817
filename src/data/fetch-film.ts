import type { QueryClient } from '@tanstack/react-query'
import { catalogFile, filmFile, personFile } from '../../contract/data-files.ts'
import { CatalogPageSchema } from '../../contract/catalog-schema.ts'
import type { CatalogView } from '../../contract/catalog-view.ts'
import { dataSourceOf } from './data-source.ts'
import { DATA_LAYOUT_META, PACKED_LAYOUT } from '../../contract/packed-data.ts'
import { readPacked } from './packed-source.ts'
import { dataUrl, fetchJson } from './fetch-json.ts'
import { FilmSchema } from '../../contract/film-schema.ts'
import { DataLoadError } from './load-error.ts'
import { PersonSchema } from '../../contract/person-schema.ts'
import { validate } from './validate.ts'

/**
 * The boundary: fetch a data file and validate it with the one schema.
 * Imported lazily by the query functions, so a prerendered page (whose data
 * arrives inside the HTML) never downloads the validation library.
 */
export async function fetchFilm(filmId: string, signal?: AbortSignal, client?: QueryClient) {
  const path = filmFile(filmId)
  const url = dataUrl(path)
  const raw = await readJson(path, signal, client)
  // Parsing and validating a crew-sized file (50,000 credits, 5 MB) each take
  // a while: in separate tasks, so neither holds up input for long.
  await new Promise((resolve) => setTimeout(resolve, 0))
  return holding('film', filmId, validate(FilmSchema, raw, url), url)
}

/** One page of the catalog; a page past the last is a missing file, so a not-found. */
export async function fetchCatalogPage(
  view: CatalogView,
  signal?: AbortSignal,
  client?: QueryClient,
) {
  const { filter, order, page } = view
  const path = catalogFile(view)
  const url = dataUrl(path)
  const file = validate(CatalogPageSchema, await readJson(path, signal, client), url)
  if (file.page > file.pages) {
    throw new DataLoadError('not-found', `The catalog has ${file.pages} pages by ${order}.`, {
      url,
    })
  }
  if (file.order !== order || file.page !== page || file.filter.slug !== filter) {
    throw new DataLoadError(
      'mismatch',
      `The data file holds page ${file.page} by ${file.order}${file.filter.slug && ` of ${file.filter.slug}`}, not page ${page} by ${order}${filter && ` of ${filter}`}.`,
      { url },
    )
  }
  return file
}

/** A person's file: their filmography, chart and co-stars. */
export async function fetchPerson(personId: string, signal?: AbortSignal, client?: QueryClient) {
  const path = personFile(personId)
  const url = dataUrl(path)
  return holding(
    'person',
    personId,
    validate(PersonSchema, await readJson(path, signal, client), url),
    url,
  )
}

/** The file's contents, if they are the film or person asked for: a file copied to the wrong name is an error. */
function holding<T extends { readonly id: string }>(
  what: string,
  id: string,
  file: T,
  url: string,
): T {
  if (file.id !== id) {
    throw new DataLoadError(
      'mismatch',
      `The data file holds the ${what} “${file.id}”, not “${id}”.`,
      {
        url,
        path: 'id',
      },
    )
  }
  return file
}

/**
 * A data file by its path under the site's root, from the client's data
 * source or over HTTP; in the static export, whose pages say its data is
 * packed (ADR 18), from its pack. Here, not where the app starts: only a
 * navigation fetches data, and the app's first bytes stay as they were.
 */
function readJson(path: string, signal?: AbortSignal, client?: QueryClient): Promise<unknown> {
  const packed = globalThis.document?.querySelector(
    `meta[name="${DATA_LAYOUT_META}"][content="${PACKED_LAYOUT}"]`,
  )
  return (
    dataSourceOf(client)?.(path) ?? (packed ? readPacked(path) : fetchJson(dataUrl(path), signal))
  )
}

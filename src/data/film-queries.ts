import { queryOptions } from '@tanstack/react-query'
import { CatalogSchema } from './catalog-schema.ts'
import { dataUrl, fetchJson } from './fetch-json.ts'
import { FilmSchema } from './film-schema.ts'
import { DataLoadError } from './load-error.ts'
import { validate } from './validate.ts'

/** Query keys, hierarchical so `['films']` reaches every film query at once. */
export const filmKeys = {
  all: ['films'] as const,
  catalog: () => [...filmKeys.all, 'catalog'] as const,
  detail: (filmId: string) => [...filmKeys.all, 'detail', filmId] as const,
}

// The data files are static and change only with a deploy: never refetch them
// behind the user's back.
const STATIC = { staleTime: Infinity } as const

export async function fetchFilm(filmId: string, signal?: AbortSignal) {
  const url = dataUrl(`data/films/${filmId}.json`)
  const film = validate(FilmSchema, await fetchJson(url, signal), url)
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

export const filmQuery = (filmId: string) =>
  queryOptions({
    queryKey: filmKeys.detail(filmId),
    queryFn: ({ signal }) => fetchFilm(filmId, signal),
    ...STATIC,
  })

export const catalogQuery = () =>
  queryOptions({
    queryKey: filmKeys.catalog(),
    queryFn: ({ signal }) => fetchCatalog(signal),
    ...STATIC,
  })

import { useSuspenseQuery } from '@tanstack/react-query'
import { useParams } from 'react-router'
import { filmKeys } from '../../../data/film-keys.ts'
import { dataQuery } from '../../../data/load-boundary.ts'

/** A film's file, by id: the film's layout and every section read it. */
export const filmQuery = (filmId: string) =>
  dataQuery(filmKeys.detail(filmId), (boundary, signal, client) =>
    boundary.fetchFilm(filmId, signal, client),
  )

/** The film of the current route. The film route's loader has already validated the id and warmed the cache. */
export function useFilm() {
  const { filmId = '' } = useParams()
  return useSuspenseQuery(filmQuery(filmId)).data
}

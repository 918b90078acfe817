import { useSuspenseQuery } from '@tanstack/react-query'
import { useParams } from 'react-router'
import { filmQuery } from './film-queries.ts'

/** The film of the current route. The film route's loader has already validated the id and warmed the cache. */
export function useFilm() {
  const { filmId = '' } = useParams()
  return useSuspenseQuery(filmQuery(filmId)).data
}

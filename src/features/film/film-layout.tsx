import type { QueryClient } from '@tanstack/react-query'
import { Outlet, type LoaderFunctionArgs } from 'react-router'
import { ShareButton } from '../../components/share-button.tsx'
import { TabNav } from '../../components/tab-nav.tsx'
import { ensureById } from '../../data/not-found.ts'
import { filmQuery, useFilm } from './api/film.ts'
import { formatYearAfter } from '../../lib/format.ts'
import { FILM_SECTIONS, sectionPath } from '../../../contract/routes.ts'

/**
 * Warms the cache with the film. An id that names no film, or whose file
 * does not exist, is a 404. (Telling a missing file from an unknown film
 * would mean downloading the whole catalog, megabytes, to answer a 404.)
 */
export const filmLoader =
  (queryClient: QueryClient) =>
  ({ params }: LoaderFunctionArgs) =>
    ensureById(queryClient, params.filmId, filmQuery, 'film')

export function FilmLayout() {
  const film = useFilm()
  const [between, year] = formatYearAfter(film.year, film.distinction)
  return (
    <div className="film">
      <header className="film__header">
        <div className="title-row">
          <h1>
            {film.title}
            {between}
            <span className="film__year">{year}</span>
          </h1>
          <ShareButton />
        </div>
      </header>
      <TabNav
        label={`${film.title} sections`}
        tabs={FILM_SECTIONS.map((section) => ({
          to: sectionPath(film.id, section),
          label: section.label,
        }))}
      />
      <Outlet />
    </div>
  )
}

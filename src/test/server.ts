import { http, HttpResponse } from 'msw'
import { setupServer } from 'msw/node'
import type { Film } from '../data/film-schema.ts'
import { catalog, mask } from './fixtures.ts'

export const FILM_URL = '*/data/films/:filmId.json'

const films = new Map<string, Film>([[mask.id, mask]])

/** Serves the catalog and every film in it, 404 for anything else, like the static server. */
export const defaultHandlers = [
  http.get('*/data/films/index.json', () => HttpResponse.json(catalog)),
  http.get(FILM_URL, ({ params }) => {
    const film = films.get(String(params.filmId))
    return film ? HttpResponse.json(film) : new HttpResponse('Not found', { status: 404 })
  }),
]

export const server = setupServer(...defaultHandlers)

/** Serve `film` in place of Mask for the rest of the test. */
export function serveFilm(film: unknown) {
  server.use(http.get(FILM_URL, () => HttpResponse.json(film as object)))
}

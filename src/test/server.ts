import { http, HttpResponse } from 'msw'
import { setupServer } from 'msw/node'
import type { Film } from '../data/film-schema.ts'
import { catalog } from './fixtures.ts'

export const FILM_URL = '*/data/films/:filmId.json'

// Every fixture film file, served as the server serves the built ones.
const films = new Map<string, Film>(
  Object.values(import.meta.glob<Film>('./data/films/*.json', { eager: true, import: 'default' }))
    .filter((file) => 'cast' in file)
    .map((film) => [film.id, film]),
)

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

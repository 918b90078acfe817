import { http, HttpResponse } from 'msw'
import { setupServer } from 'msw/node'
import type { CatalogPage } from '../../contract/catalog-schema.ts'
import type { Film } from '../../contract/film-schema.ts'
import type { Person } from '../../contract/person-schema.ts'

export const FILM_URL = '*/data/films/:filmId.json'
export const CATALOG_URL = '*/data/catalog/:order/:page.json'
export const BROWSE_URL = '*/data/catalog/:filter/:order/:page.json'
export const PERSON_URL = '*/data/people/:personId.json'
export const SEARCH_MANIFEST_URL = '*/data/search/manifest.json'
export const SEARCH_SHARD_URL = '*/data/search/:version/:key.json'

// Every fixture film file, served as the server serves the built ones.
const films = new Map<string, Film>(
  Object.values(
    import.meta.glob<Film>('./data/films/*.json', { eager: true, import: 'default' }),
  ).map((film) => [film.id, film]),
)

// The fixture films' catalog pages, 2 a page, and their decades' and genres' (data/catalog/README.md).
const pages = new Map<string, CatalogPage>(
  Object.values(
    import.meta.glob<CatalogPage>(['./data/catalog/*/*.json', './data/catalog/*/*/*.json'], {
      eager: true,
      import: 'default',
    }),
  ).map((page) => [
    `${page.filter.slug && `${page.filter.slug}/`}${page.order}/${page.page}`,
    page,
  ]),
)

// The fixture people, as the build writes them (pipeline/real-data.test.ts checks).
const people = new Map<string, Person>(
  Object.values(
    import.meta.glob<Person>('./data/people/*.json', { eager: true, import: 'default' }),
  ).map((person) => [person.id, person]),
)

// The fixture films' and people's search index, as the build writes it
// (pipeline/derived/search-real.test.ts checks), keyed by its path under data/.
const search = new Map<string, object>(
  Object.entries(
    import.meta.glob<object>('./data/search/**/*.json', { eager: true, import: 'default' }),
  ).map(([path, file]) => [path.replace('./data/', ''), file]),
)

const notFound = () => new HttpResponse('Not found', { status: 404 })

/** Serves every film and catalog page there is, 404 for anything else, like the static server. */
export const defaultHandlers = [
  http.get(FILM_URL, ({ params }) => {
    const film = films.get(String(params.filmId))
    return film ? HttpResponse.json(film) : notFound()
  }),
  http.get(CATALOG_URL, ({ params }) => {
    const page = pages.get(`${String(params.order)}/${String(params.page)}`)
    return page ? HttpResponse.json(page) : notFound()
  }),
  http.get(BROWSE_URL, ({ params }) => {
    const page = pages.get(
      `${String(params.filter)}/${String(params.order)}/${String(params.page)}`,
    )
    return page ? HttpResponse.json(page) : notFound()
  }),
  http.get(PERSON_URL, ({ params }) => {
    const person = people.get(String(params.personId))
    return person ? HttpResponse.json(person) : notFound()
  }),
  http.get(SEARCH_MANIFEST_URL, () => HttpResponse.json(search.get('search/manifest.json'))),
  http.get(SEARCH_SHARD_URL, ({ params }) => {
    const shard = search.get(`search/${String(params.version)}/${String(params.key)}.json`)
    return shard ? HttpResponse.json(shard) : notFound()
  }),
]

export const server = setupServer(...defaultHandlers)

/** Serve `person` for every person's file for the rest of the test. */
export function servePerson(person: unknown) {
  server.use(http.get(PERSON_URL, () => HttpResponse.json(person as object)))
}

/** Serve `film` in place of Mask for the rest of the test. */
export function serveFilm(film: unknown) {
  server.use(http.get(FILM_URL, () => HttpResponse.json(film as object)))
}

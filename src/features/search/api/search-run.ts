import type { QueryClient } from '@tanstack/react-query'
import type { FilmHit, PersonHit } from '../../../../contract/search-engine.ts'
import { fetchPerson } from '../../../data/fetch-film.ts'
import { searchEngine } from './search-index.ts'

export interface SharedFilm {
  readonly id: string
  readonly title: string
  readonly year: number
  readonly distinction?: string
}

/** Two people named in one query, and the films they are both in. */
export interface Together {
  readonly people: readonly [PersonHit, PersonHit]
  readonly films: readonly SharedFilm[]
}

export interface SearchResults {
  readonly query: string
  readonly films: readonly FilmHit[]
  readonly people: readonly PersonHit[]
  readonly together: Together | null
}

/** Two people and the films in both their files. */
async function shared(
  pair: readonly [PersonHit, PersonHit],
  client: QueryClient,
): Promise<Together> {
  const [first, second] = await Promise.all(
    pair.map((person) =>
      client.ensureQueryData({
        // personKeys.detail(id), spelled out: importing it would split
        // person-keys.ts into a chunk of its own, one more file on the
        // person page. A test holds the two equal.
        queryKey: ['people', person.id],
        queryFn: ({ signal, client: cache }) => fetchPerson(person.id, signal, cache),
        staleTime: Infinity,
      }),
    ),
  )
  const theirs = new Set(second?.filmography.map((entry) => entry.film))
  return {
    people: pair,
    films: (first?.filmography ?? [])
      .filter((entry) => theirs.has(entry.film))
      .map(({ film, title, year, distinction }) => ({
        id: film,
        title,
        year,
        ...(distinction ? { distinction } : {}),
      })),
  }
}

/** Ranked answers to split into films and people: enough that neither kind crowds out the other. */
const CANDIDATES = 400

/** The engine and the manifest, fetched before the first keystroke needs them. */
export async function warm() {
  await searchEngine()
}

/**
 * One query's answers, grouped: films, people, and when the query names two
 * people ("cher nicolas cage"), the films they share, from their own files.
 * `signal` drops the query once the reader has typed on (api/use-search.ts):
 * keys typed while the engine loads fetch no shard of their own, and a
 * shard only a dropped query wanted stops loading (contract/search-engine.ts).
 */
export async function runSearch(
  query: string,
  limit: number,
  client: QueryClient,
  signal?: AbortSignal,
): Promise<SearchResults> {
  const engine = await searchEngine(client)
  signal?.throwIfAborted()
  const [hits, named] = await Promise.all([
    engine.search(query, CANDIDATES, signal),
    engine.twoPeople(query, signal),
  ])
  let together: Together | null = null
  if (named) together = await shared(named, client)
  else if (!hits.length) {
    // Surnames alone ("bogart bacall"): the best-known pair with films in common.
    const pairs = await engine.surnamePairs(query, signal)
    const all = await Promise.all(pairs.map((pair) => shared(pair, client)))
    together = all.find((each) => each?.films.length) ?? null
  }
  const pair = together?.people
  const people = hits.filter((hit): hit is PersonHit => hit.kind === 'person')
  return {
    query,
    films: hits.filter((hit): hit is FilmHit => hit.kind === 'film').slice(0, limit),
    // Two people named together are the answer too, though neither matches every word.
    people: (people.length || !pair ? people : pair).slice(0, limit),
    together,
  }
}

import type { CatalogPage } from '../../contract/catalog-schema.ts'
import type { Derived } from '../../contract/derived-schema.ts'
import type { Film } from '../../contract/film-schema.ts'
import type { Person } from '../../contract/person-schema.ts'
import { catalogPath, filterSlug } from '../../contract/catalog-path.ts'
import { rolesOf } from '../../contract/person-roles.ts'
import { factGraph, filmFacts } from './facts.ts'
import { moreLikeThis } from './more-like-this.ts'

/** The ids a block names, people and films, for its names table. */
function named({ facts, more }: Pick<Derived, 'facts' | 'more'>) {
  const people = new Set<string>()
  const films = new Set<string>()
  for (const fact of facts) {
    if (fact.kind === 'title') fact.films.forEach((id) => films.add(id))
    if (fact.kind === 'career' || fact.kind === 'debut') people.add(fact.person)
    if (fact.kind === 'career' && fact.gap) films.add(fact.gap.film)
    if (fact.kind === 'together') {
      fact.people.forEach((id) => people.add(id))
      fact.others.forEach((id) => films.add(id))
    }
  }
  for (const entry of more) {
    films.add(entry.film)
    entry.people.forEach((id) => people.add(id))
  }
  return { people, films }
}

/** Each film's page in its decade's films by year: where the overview's year link goes. */
function yearPages(pages: readonly CatalogPage[]): Map<string, number> {
  const at = new Map<string, number>()
  for (const page of pages)
    if (page.order === 'year' && page.filter.decade && !page.filter.genre)
      for (const entry of page.films) at.set(entry.id, page.page)
  return at
}

/**
 * The overview's links to the catalog: each genre's films and the decade's,
 * by year, and the page of the decade by year that lists this film. Worked
 * out here, by the catalog's own path rule, so the browser's overview needs
 * none of the catalog's code (docs/performance.md).
 */
export function browseLinks(film: Film, yearPage = 1): Array<[string, string]> {
  const decade = `${film.year - (film.year % 10)}s`
  const byYear = (filter: string, page = 1) => catalogPath({ filter, order: 'year', page })
  return [
    ...film.genres.map((genre): [string, string] => [genre, byYear(filterSlug(null, genre))]),
    [String(film.year), byYear(decade, yearPage)],
    [decade, byYear(decade)],
  ]
}

/**
 * People as the facts read them: the films they act in. A director's credits
 * (people/directors.ts) are not part of an acting career ("Orson Welles's 3rd
 * of 14 listed films"), and "more like this" names the people two films
 * share as "with …", which says they are in both.
 */
export function actingCareers(people: readonly Person[]): Person[] {
  return people.flatMap((person) => {
    const filmography = person.filmography.filter((entry) => rolesOf(entry).includes('actor'))
    if (filmography.length === person.filmography.length) return [person]
    return filmography.length > 0 ? [{ ...person, filmography, films: filmography.length }] : []
  })
}

/**
 * Each film with its `derived` block: the facts and "more like this", the
 * names and titles they link to, and its page in its decade by year. A film
 * with nothing of these gets no block.
 */
export function derive(
  films: readonly Film[],
  people: readonly Person[],
  pages: readonly CatalogPage[] = [],
): Film[] {
  const actors = actingCareers(people)
  const graph = factGraph(films, actors)
  const like = moreLikeThis(films, actors)
  const pageOf = yearPages(pages)
  return films.map((film) => {
    const facts = filmFacts(film, graph)
    const more = like(film)
    const yearPage = pageOf.get(film.id)
    if (facts.length === 0 && more.length === 0 && yearPage === undefined) return film
    const browse = browseLinks(film, yearPage)
    const ids = named({ facts, more })
    const names: Derived['names'] = {
      people: Object.fromEntries(
        [...ids.people].map((id) => [id, graph.people.get(id)?.name ?? id]),
      ),
      films: Object.fromEntries(
        [...ids.films].map((id) => {
          const other = graph.films.get(id)
          return [id, [other?.title ?? id, other?.year ?? film.year]]
        }),
      ),
    }
    return { ...film, derived: { facts, more, names, browse } }
  })
}

import type { Derived } from '../../contract/derived-schema.ts'
import type { Film } from '../../contract/film-schema.ts'
import type { Person } from '../../contract/person-schema.ts'
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

/**
 * Each film with its `derived` block: the facts and "more like this", and the
 * names and titles they link to. A film with nothing to tell gets no block.
 */
export function derive(films: readonly Film[], people: readonly Person[]): Film[] {
  const graph = factGraph(films, people)
  const like = moreLikeThis(films, people)
  return films.map((film) => {
    const facts = filmFacts(film, graph)
    const more = like(film)
    if (facts.length === 0 && more.length === 0) return film
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
    return { ...film, derived: { facts, more, names } }
  })
}

import type { DerivedFact } from '../../contract/derived-schema.ts'
import type { Film } from '../../contract/film-schema.ts'
import type { Person } from '../../contract/person-schema.ts'
import { titleKey } from './title-key.ts'

/**
 * Facts the catalog's graph tells of each film (issue 28): other films of its
 * title, its stars' places in their listed careers, pairs of its people and
 * the films they share, and debuts. Noise rules, measured on the whole
 * catalog (docs/studies/derived-facts.md): careers for the first 3 stars
 * only; pairs over the first 6 credits, and "their only film together" only
 * between two of the 3 stars who both have 5 films or more (over all 6 it
 * would be 77,071 facts, most of them about people with one or two films).
 */

export const CAREER_STARS = 3
export const TOGETHER_CREDITS = 6
/** Fewer listed films than this, and "only" or "first" says little. */
export const NOTABLE_FILMS = 5
export const GAP_YEARS = 10

export interface FactGraph {
  readonly films: ReadonlyMap<string, Film>
  readonly people: ReadonlyMap<string, Person>
  /** Films by title key, in year order, then id. */
  readonly byTitle: ReadonlyMap<string, readonly Film[]>
  /** Each person's films, as a set. */
  readonly filmSets: ReadonlyMap<string, ReadonlySet<string>>
}

const byYear = (a: Film, b: Film) => a.year - b.year || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)

export function factGraph(films: readonly Film[], people: readonly Person[]): FactGraph {
  const byTitle = new Map<string, Film[]>()
  for (const film of films) {
    const key = titleKey(film.title)
    byTitle.set(key, [...(byTitle.get(key) ?? []), film])
  }
  for (const list of byTitle.values()) list.sort(byYear)
  return {
    films: new Map(films.map((film) => [film.id, film])),
    people: new Map(people.map((person) => [person.id, person])),
    byTitle,
    filmSets: new Map(
      people.map((person) => [person.id, new Set(person.filmography.map((e) => e.film))]),
    ),
  }
}

/** The person ids of the film's credits, in billing order, each once. */
export function castIds(film: Film): string[] {
  return [...new Set(film.cast.flatMap((credit) => (credit.personId ? [credit.personId] : [])))]
}

/** The film's stars as person ids; a list film's stars are its first credits. */
export function starIds(film: Film): string[] {
  const ids = film.stars.flatMap((star) => {
    const id = film.cast.find((credit) => credit.id === star.castId)?.personId
    return id ? [id] : []
  })
  return [...new Set(ids)]
}

function sameTitle(film: Film, graph: FactGraph): DerivedFact[] {
  const others = (graph.byTitle.get(titleKey(film.title)) ?? []).filter((o) => o.id !== film.id)
  return others.length ? [{ kind: 'title', films: others.map((o) => o.id) }] : []
}

function career(film: Film, person: Person): DerivedFact {
  const years = person.filmography.map((entry) => entry.year)
  const before = years.filter((year) => year < film.year)
  const sameYear = years.filter((year) => year === film.year).length - 1
  const fact: DerivedFact = {
    kind: 'career',
    person: person.id,
    place: before.length + 1,
    of: years.length,
  }
  if (sameYear > 0) fact.sameYear = sameYear
  const last = before.at(-1)
  if (last !== undefined && film.year - last >= GAP_YEARS) {
    // Of that year's films, the last by id: the filmography's own order within a year is by title.
    const previous = person.filmography
      .filter((entry) => entry.year === last)
      .map((entry) => entry.film)
      .sort()
      .at(-1) as string
    fact.gap = { years: film.year - last, film: previous }
  }
  return fact
}

function together(film: Film, graph: FactGraph, stars: readonly string[]): DerivedFact[] {
  const cast = castIds(film).slice(0, TOGETHER_CREDITS)
  const top = stars.slice(0, CAREER_STARS)
  const facts: DerivedFact[] = []
  cast.forEach((a, i) => {
    for (const b of cast.slice(i + 1)) {
      const [mine, theirs] = [graph.filmSets.get(a), graph.filmSets.get(b)]
      if (!mine || !theirs) continue
      const [small, big] = mine.size <= theirs.size ? [mine, theirs] : [theirs, mine]
      const shared = [...small]
        .filter((id) => big.has(id))
        .map((id) => graph.films.get(id))
        .filter((o): o is Film => o !== undefined)
        .sort(byYear)
      const place = shared.findIndex((o) => o.id === film.id) + 1
      const notable = Math.min(mine.size, theirs.size) >= NOTABLE_FILMS
      const starPair = top.includes(a) && top.includes(b) && notable
      if (place > 0 && (shared.length >= 2 || starPair))
        facts.push({
          kind: 'together',
          people: [a, b],
          place,
          of: shared.length,
          others: shared.filter((o) => o.id !== film.id).map((o) => o.id),
        })
    }
  })
  return facts
}

function debuts(film: Film, graph: FactGraph, stars: readonly string[]): DerivedFact[] {
  return castIds(film).flatMap((id): DerivedFact[] => {
    const person = graph.people.get(id)
    if (!person || stars.slice(0, CAREER_STARS).includes(id)) return []
    const [first, next] = person.filmography
    const debut = first?.film === film.id && next !== undefined && next.year > film.year
    return debut && person.films >= NOTABLE_FILMS
      ? [{ kind: 'debut', person: id, of: person.films }]
      : []
  })
}

/** Every derived fact of one film, in a fixed order: title, careers, pairs, debuts. */
export function filmFacts(film: Film, graph: FactGraph): DerivedFact[] {
  const stars = starIds(film)
  const careers = stars.slice(0, CAREER_STARS).flatMap((id) => {
    const person = graph.people.get(id)
    return person ? [career(film, person)] : []
  })
  return [
    ...sameTitle(film, graph),
    ...careers,
    ...together(film, graph, stars),
    ...debuts(film, graph, stars),
  ]
}

import {
  FILM_SOURCES,
  type CastCredit,
  type Film,
  type FilmSource,
  type SectionSources,
} from '../../contract/film-schema.ts'
import { fold } from '../../contract/text-match.ts'
import type { ListCredit } from '../people/cast-strings.ts'
import type { ListEntry } from '../sources/read-lists.ts'

/**
 * Films from both sources become one Film each. A rich page wins every
 * fact it has; the list adds what the page lacks (genres, the article) and the
 * cast members the page does not name, after the page's credits, in list
 * order. `sources` records which source gave each view. The merge is
 * commutative and idempotent, so it does not matter in which order, or how
 * often, the sources are folded in.
 */

type Section = keyof SectionSources

const sorted = (sources: Iterable<FilmSource>): FilmSource[] =>
  FILM_SOURCES.filter((s) => new Set(sources).has(s))

function sectionSources(
  film: Pick<Film, 'cast' | 'didYouKnow' | 'reviews'>,
  source: FilmSource,
): SectionSources {
  const when = (has: boolean) => (has ? [source] : [])
  return {
    overview: [source],
    cast: when(film.cast.length > 0),
    trivia: when(film.didYouKnow.length > 0),
    reviews: when(film.reviews.length > 0),
  }
}

/** A film parsed from its rich page, with the fields the pipeline adds. */
export function pageFilm(film: Film): Film {
  return {
    ...film,
    genres: film.genres ?? [],
    wikipedia: film.wikipedia ?? null,
    sources: film.sources ?? sectionSources(film, 'page'),
  }
}

/** How many of a list's first names a thin film shows as its stars. */
const LIST_STARS = 3

/** A list's credit with the person the people step found for it (none in tests of the merge alone). */
export type PersonCredit = Pick<ListCredit, 'actor' | 'note'> & { readonly personId?: string }

/** A thin film from a list entry alone: what the list knows, every other section empty. */
export function listFilm(entry: ListEntry, id: string, credits: readonly PersonCredit[]): Film {
  const film: Omit<Film, 'sources'> = {
    schemaVersion: 3,
    id,
    title: entry.title,
    year: entry.year,
    releaseDate: null,
    logline: null,
    storyline: [],
    rating: null,
    directors: [],
    writers: [],
    // The lists name the leads first: the first three are the film's stars,
    // so a thin film's overview still says who is in it.
    stars: credits.slice(0, LIST_STARS).map((credit, index) => ({
      name: credit.actor,
      castId: `cast-${index + 1}`,
    })),
    cast: credits.map((credit, index) => ({
      id: `cast-${index + 1}`,
      actor: credit.actor,
      character: null,
      note: credit.note,
      ...(credit.personId ? { personId: credit.personId } : {}),
    })),
    alsoKnownAs: [],
    taglines: [],
    countries: [],
    languages: [],
    filmingLocations: [],
    productionCompanies: [],
    budget: null,
    gross: null,
    technicalSpecs: null,
    didYouKnow: [],
    reviews: [],
    provenance: { source: `wikipedia/${entry.source.file}`, pageDate: null, warnings: [] },
    genres: entry.genres,
    wikipedia: entry.href,
  }
  return { ...film, sources: sectionSources(film, 'wikipedia-list') }
}

/** Spellings that are one name for the merge: case, accents, dots and commas aside ("Harry Carey, Jr."). */
export const nameKey = (name: string) =>
  fold(name)
    .text.replace(/[.,'"’]/g, '')
    .replace(/\s+/g, ' ')
    .trim()

const union = <T>(a: readonly T[], b: readonly T[]) => [...new Set([...a, ...b])]

/**
 * One person, one credit: two credits are one when they were resolved to
 * the same person, or, where either was not resolved, have the same name.
 */
function mergeCast(primary: readonly CastCredit[], secondary: readonly CastCredit[]): CastCredit[] {
  const people = new Set<string>()
  const names = new Set<string>()
  const unresolved = new Set<string>()
  const add = (credit: CastCredit) => {
    names.add(nameKey(credit.actor))
    if (credit.personId) people.add(credit.personId)
    else unresolved.add(nameKey(credit.actor))
  }
  primary.forEach(add)
  const ids = new Set(primary.map((credit) => credit.id))
  const cast = [...primary]
  let next = primary.length + 1
  for (const credit of secondary) {
    const name = nameKey(credit.actor)
    const same = credit.personId
      ? people.has(credit.personId) || unresolved.has(name)
      : names.has(name)
    if (same) continue
    add(credit)
    while (ids.has(`cast-${next}`)) next += 1
    ids.add(`cast-${next}`)
    cast.push({ ...credit, id: `cast-${next}` })
  }
  return cast
}

/** Films with a page first; ties by content, so merge(a, b) and merge(b, a) agree. */
function primaryFirst(a: Film, b: Film): [Film, Film] {
  const rank = (film: Film) => (film.sources?.overview.includes('page') ? 0 : 1)
  const order = rank(a) - rank(b) || (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1)
  return order <= 0 ? [a, b] : [b, a]
}

/** One film from two records of it. */
export function mergeFilms(a: Film, b: Film): Film {
  const [p, s] = primaryFirst(pageFilm(a), pageFilm(b))
  const ps = p.sources as SectionSources
  const ss = s.sources as SectionSources
  const cast = mergeCast(p.cast, s.cast)
  // Trivia and reviews are whole sets with their own ids: one source's, never mixed.
  const pick = <K extends 'didYouKnow' | 'reviews'>(key: K, section: Section) =>
    p[key].length > 0 || s[key].length === 0
      ? ([p[key], ps[section]] as const)
      : ([s[key], ss[section]] as const)
  const [didYouKnow, trivia] = pick('didYouKnow', 'trivia')
  const [reviews, reviewSources] = pick('reviews', 'reviews')
  const stars = (p.stars.length > 0 ? p.stars : s.stars).map((star) => ({
    name: star.name,
    castId: cast.find((credit) => nameKey(credit.actor) === nameKey(star.name))?.id ?? null,
  }))
  return {
    schemaVersion: 3,
    id: p.id,
    title: p.title,
    year: p.year,
    releaseDate: p.releaseDate ?? s.releaseDate,
    logline: p.logline ?? s.logline,
    storyline: p.storyline.length > 0 ? p.storyline : s.storyline,
    rating: p.rating ?? s.rating,
    directors: union(p.directors, s.directors),
    writers: union(p.writers, s.writers),
    stars,
    cast,
    alsoKnownAs: union(p.alsoKnownAs, s.alsoKnownAs),
    taglines: union(p.taglines, s.taglines),
    countries: union(p.countries, s.countries),
    languages: union(p.languages, s.languages),
    filmingLocations: union(p.filmingLocations, s.filmingLocations),
    productionCompanies: union(p.productionCompanies, s.productionCompanies),
    budget: p.budget ?? s.budget,
    gross: p.gross ?? s.gross,
    technicalSpecs: p.technicalSpecs ?? s.technicalSpecs,
    didYouKnow,
    reviews,
    provenance: { ...p.provenance, warnings: union(p.provenance.warnings, s.provenance.warnings) },
    genres: union(p.genres ?? [], s.genres ?? []),
    wikipedia: p.wikipedia ?? s.wikipedia ?? null,
    sources: {
      overview: sorted([...ps.overview, ...ss.overview]),
      cast: sorted([...ps.cast, ...ss.cast]),
      trivia: sorted(trivia),
      reviews: sorted(reviewSources),
    },
  }
}

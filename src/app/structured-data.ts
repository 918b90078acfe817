import type { Movie, Person as PersonThing, WithContext } from 'schema-dts'
import type { Film, Sourced } from '../../contract/film-schema.ts'
import type { Person } from '../../contract/person-schema.ts'
import { filmPath, personPath } from '../../contract/routes.ts'

/**
 * schema.org data for a page, which search engines and link previews read
 * (https://schema.org/Movie, https://schema.org/Person). Built on the server
 * only, from the same file the page renders, so it can never disagree with
 * what the reader sees. `origin` is the site's (`https://films.example`):
 * schema.org URLs are absolute.
 */

const WIKIPEDIA = 'https://en.wikipedia.org/wiki/'

/** A person's film credits, seen from the person: JSON-LD's `@reverse` of Movie's `actor`. */
export type PersonData = WithContext<PersonThing & object> & {
  readonly '@reverse': { readonly actor: readonly Movie[] }
}

export function filmStructuredData(film: Film, origin: string): WithContext<Movie> {
  const url = `${origin}${filmPath(film.id)}`
  const person = (name: string, personId?: string) =>
    ({
      '@type': 'Person',
      name,
      ...(personId && { url: `${origin}${personPath(personId)}` }),
    }) as const
  const description = film.logline ?? film.storyline[0]
  // What the page shows from the two small sets, and nothing it holds back:
  // a runtime only where the sets agree; their IMDb rating is not the site's
  // own aggregate, so it is not given as one.
  const sourced: Partial<Sourced> = film.sourced ?? {}
  const directors = film.directors.length ? film.directors : (sourced.directors?.names ?? [])
  const runtime = sourced.runtimes?.length === 1 ? sourced.runtimes[0] : undefined
  return {
    '@context': 'https://schema.org',
    '@type': 'Movie',
    '@id': url,
    url,
    name: film.title,
    // The day where the page gives one, the year otherwise (ISO 8601 allows both).
    datePublished: film.releaseDate?.date ?? sourced.releaseDate?.date ?? String(film.year),
    ...(description && { description }),
    ...(directors.length > 0 && { director: directors.map((name) => person(name)) }),
    ...(runtime && !film.technicalSpecs?.runtime && { duration: `PT${runtime.minutes}M` }),
    ...(sourced.mpaaRating && { contentRating: `MPAA ${sourced.mpaaRating.value}` }),
    ...(film.cast.length > 0 && {
      // A credit with a character is a role played; one without is the actor alone.
      actor: film.cast.map(({ actor, character, personId }) =>
        character
          ? {
              '@type': 'PerformanceRole' as const,
              actor: person(actor, personId),
              characterName: character,
            }
          : person(actor, personId),
      ),
    }),
    ...(film.genres.length > 0 && { genre: [...film.genres] }),
    // An aggregate without its count is not one (schema.org wants ratingCount).
    ...(film.rating?.votes != null && {
      aggregateRating: {
        '@type': 'AggregateRating',
        ratingValue: film.rating.value,
        bestRating: film.rating.max,
        worstRating: 1,
        ratingCount: film.rating.votes,
      },
    }),
    ...(film.reviews.length > 0 && {
      review: film.reviews.map((review) => ({
        '@type': 'Review' as const,
        name: review.headline,
        reviewBody: review.body,
        ...(review.rating && {
          reviewRating: {
            '@type': 'Rating' as const,
            ratingValue: review.rating.value,
            bestRating: review.rating.max,
            worstRating: 0,
          },
        }),
      })),
    }),
    ...(film.wikipedia && { sameAs: WIKIPEDIA + film.wikipedia }),
  }
}

/**
 * A person and their films. schema.org has no property from a person to the
 * films they act in (`performerIn` takes events), so the films point back
 * at the person: `@reverse` `actor` reads "films with this person as actor".
 */
export function personStructuredData(person: Person, origin: string): PersonData {
  const url = `${origin}${personPath(person.id)}`
  return {
    '@context': 'https://schema.org',
    '@type': 'Person',
    '@id': url,
    url,
    name: person.name,
    '@reverse': {
      actor: person.filmography.map((entry) => ({
        '@type': 'Movie',
        '@id': `${origin}${filmPath(entry.film)}`,
        url: `${origin}${filmPath(entry.film)}`,
        name: entry.title,
        datePublished: String(entry.year),
      })),
    },
  }
}

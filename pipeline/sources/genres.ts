/**
 * The genres a film may have: each becomes a browse view (/catalog/<genre>/…),
 * so the lists' genre column is read against this vocabulary, never taken as
 * it comes. A hostile genre "<svg onload=alert(5)>" made the browse page
 * "svg-onload-alert-5". No Node or React here: the app may read it too.
 * data/sources/README.md tables every spelling in the lists and the genre
 * it becomes; the build reports each one mapped (`genre-mapped`).
 */

/** Every genre in the decade lists (2023), with its films then. */
export const GENRES = [
  'Action',
  'Adventure',
  'Animated',
  'Biography',
  'Comedy',
  'Crime',
  'Dance',
  'Disaster',
  'Documentary',
  'Drama',
  'Erotic',
  'Family',
  'Fantasy',
  'Found Footage',
  'Historical',
  'Horror',
  'Independent',
  'Legal',
  'Live Action',
  'Martial Arts',
  'Musical',
  'Mystery',
  'Noir',
  'Performance',
  'Political',
  'Romance',
  'Satire',
  'Science Fiction',
  'Short',
  'Silent',
  'Slasher',
  'Sports',
  'Spy',
  'Superhero',
  'Supernatural',
  'Suspense',
  'Teen',
  'Thriller',
  'War',
  'Western',
] as const

export type Genre = (typeof GENRES)[number]

/**
 * Other spellings of a genre, in lower case. "Sport" is in the lists (39
 * films beside 459 of "Sports"); the others are the spellings Wikipedia's
 * lists use elsewhere, so a new decade's file maps them rather than drops them.
 */
export const GENRE_ALIASES: Readonly<Record<string, Genre>> = {
  sport: 'Sports',
  'sci-fi': 'Science Fiction',
  'science-fiction': 'Science Fiction',
  animation: 'Animated',
  biographical: 'Biography',
  biopic: 'Biography',
  'film noir': 'Noir',
  'film-noir': 'Noir',
  musicals: 'Musical',
  westerns: 'Western',
  documentaries: 'Documentary',
}

const BY_KEY = new Map<string, Genre>([
  ...GENRES.map((genre) => [genre.toLowerCase(), genre] as const),
  ...Object.entries(GENRE_ALIASES),
])

/** The vocabulary's genre for a list's genre string, or null when it has none. */
export function genreOf(raw: string): Genre | null {
  return BY_KEY.get(raw.trim().replace(/\s+/g, ' ').toLowerCase()) ?? null
}

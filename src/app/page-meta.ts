import type { CatalogPage } from '../../contract/catalog-schema.ts'
import type { Film } from '../../contract/film-schema.ts'
import type { Person } from '../../contract/person-schema.ts'
import { pageSpan } from '../features/catalog/catalog-summary.ts'
import { formatCount, formatFilmLabel, formatOneLine, formatScore, plural } from '../lib/format.ts'
import type { PageKind } from '../../contract/routes.ts'

/**
 * One line describing a page, for search results and link previews: the
 * film's own words may run to paragraphs, the description never does.
 */
export function describePage(
  kind: PageKind,
  catalog: CatalogPage | null,
  film: Film | null,
  person: Person | null = null,
): string {
  return formatOneLine(person ? personSentence(person) : sentence(kind, catalog, film))
}

/** "Cher: 16 films from 1965 to 2018, among them Wild on the Beach (1965), … Most often with Meryl Streep." */
function personSentence({ name, label, films, filmography, coStars }: Person): string {
  const first = filmography[0]
  const last = filmography.at(-1)
  const span =
    first && last && first.year !== last.year ? ` from ${first.year} to ${last.year}` : ''
  const titles = filmography
    .slice(0, 3)
    .map((entry) => formatFilmLabel(entry.title, entry.year, entry.distinction))
  const listed =
    titles.length > 1 ? `${titles.slice(0, -1).join(', ')} and ${titles.at(-1)}` : titles[0]
  const among = films > titles.length ? `, among them ${listed}` : `: ${listed}`
  const partner = coStars[0] ? ` Most often with ${coStars[0].name}.` : ''
  return `${name}${label ? ` (${label})` : ''}: ${plural(films, 'film', 'films')}${span}${among}.${partner}`
}

const and = (items: readonly string[]) =>
  items.length > 1 ? `${items.slice(0, -1).join(', ')} and ${items.at(-1)}` : (items[0] ?? '')

/**
 * What a thin film's overview shows, and only that: "Casablanca (1942):
 * directed by Michael Curtiz; with Humphrey Bogart, …; 102 minutes; Drama,
 * Romance."
 */
function overviewSentence(film: Film, label: string): string {
  const directors = film.directors.length ? film.directors : (film.sourced?.directors?.names ?? [])
  const runtimes = film.sourced?.runtimes ?? []
  const facts = [
    directors.length > 0 && `directed by ${and(directors)}`,
    film.stars.length > 0 && `with ${and(film.stars.map((star) => star.name))}`,
    // Two sets' runtimes that differ: neither is the film's.
    runtimes.length === 1 && `${runtimes[0]?.minutes} minutes`,
    film.genres.length > 0 && film.genres.join(', '),
    film.rating !== null &&
      `rated ${formatScore(film.rating.value, film.rating.max)}/${film.rating.max}`,
  ].filter((fact) => fact !== false)
  return facts.length > 0 ? `${label}: ${facts.join('; ')}.` : `${label}.`
}

/** The ratings the Reviews tab shows, with their set, and its user reviews. */
function reviewsSentence(film: Film, label: string): string {
  const { imdb, rottenTomatoes } = film.sourced ?? {}
  const ratings = [
    imdb && `IMDb ${imdb.rating}/10 from ${formatCount(imdb.votes)} votes`,
    rottenTomatoes && `Rotten Tomatoes ${rottenTomatoes.percent}%`,
  ].filter((rating) => rating !== undefined)
  const reviews = film.reviews.length
  if (ratings.length === 0 && reviews === 0)
    return `No ratings or user reviews are recorded for ${label}.`
  const rated =
    ratings.length > 0
      ? `Ratings of ${label}: ${ratings.join(', ')} (vega-datasets, as of about 2010).`
      : ''
  const reviewed =
    reviews > 0 ? `${plural(reviews, 'user review', 'user reviews')} of ${label}.` : ''
  return [rated, reviewed].filter(Boolean).join(' ')
}

function sentence(kind: PageKind, catalog: CatalogPage | null, film: Film | null): string {
  if (kind === 'catalog' || !film) {
    const films = plural(catalog?.total ?? 0, 'film', 'films')
    if (!catalog?.films.length)
      return `Explore ${films}: overview, cast, trivia and reviews, every view a link you can share.`
    // The home page says what the site holds and where it comes from, as its
    // first sentence does; the others which page of it they are.
    if (catalog.about) return `${catalog.about} Each film's overview, cast, trivia and reviews.`
    const { order, page, pages, filter } = catalog
    const of = [filter.genre, filter.decade].filter(Boolean).join(', ')
    return `Explore ${films}${of && ` (${of})`} by ${order === 'oldest' ? 'year, oldest first' : order}, page ${formatCount(page)} of ${formatCount(pages)}: ${pageSpan(catalog)}.`
  }
  const label = formatFilmLabel(film.title, film.year, film.distinction)
  switch (kind) {
    case 'overview':
      return film.logline ?? (film.storyline.join(' ') || overviewSentence(film, label))
    case 'cast': {
      const names = film.cast.slice(0, 3).map((credit) => credit.actor)
      const more = film.cast.length - names.length
      return film.cast.length === 0
        ? `No cast is recorded for ${label}.`
        : `The cast of ${label}: ${names.join(', ')}${more > 0 ? ` and ${more} more` : ''}.`
    }
    case 'trivia': {
      const own = film.didYouKnow.length
      const worked = film.derived?.facts.length ?? 0
      const listed = worked
        ? ` ${plural(worked, 'fact', 'facts')} about it worked out from Wikipedia’s film lists.`
        : ''
      return own === 0
        ? `No trivia, goofs or quotes are recorded for ${label}.${listed}`
        : `Did you know? ${plural(own, 'piece', 'pieces')} of trivia, goofs and quotes about ${label}.${listed}`
    }
    case 'reviews':
      return reviewsSentence(film, label)
    default:
      // A section with no sentence of its own yet.
      return `${label}: ${kind}.`
  }
}

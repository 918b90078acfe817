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

function sentence(kind: PageKind, catalog: CatalogPage | null, film: Film | null): string {
  if (kind === 'catalog' || !film) {
    const films = plural(catalog?.total ?? 0, 'film', 'films')
    // The home page says what the site is; the others which page of it they are.
    if (
      !catalog?.films.length ||
      (catalog.order === 'title' && catalog.page === 1 && !catalog.filter.slug)
    )
      return `Explore ${films}: overview, cast, trivia and reviews, every view a link you can share.`
    const { order, page, pages, filter } = catalog
    const of = [filter.genre, filter.decade].filter(Boolean).join(', ')
    return `Explore ${films}${of && ` (${of})`} by ${order}, page ${formatCount(page)} of ${formatCount(pages)}: ${pageSpan(catalog)}.`
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
      return `${plural(film.reviews.length, 'user review', 'user reviews')} of ${label}.`
    default:
      // A section with no sentence of its own yet.
      return `${label}: ${kind}.`
  }
}

/**
 * A film with no words of its own, by what its overview shows: "Carmen (1915,
 * Raoul Walsh): adventure, drama and silent, with Theda Bara; 5 films like it."
 * Nothing is promised that the page does not have (issue 28).
 */
function overviewSentence(film: Film, label: string): string {
  const and = (items: readonly string[]) =>
    items.length > 1 ? `${items.slice(0, -1).join(', ')} and ${items.at(-1)}` : (items[0] ?? '')
  const what = [
    and(film.genres.map((genre) => genre.toLowerCase())),
    film.directors.length > 0 && `directed by ${and(film.directors)}`,
    film.stars.length > 0 && `with ${and(film.stars.map((star) => star.name))}`,
    film.rating && `rated ${formatScore(film.rating.value, film.rating.max)}/${film.rating.max}`,
  ].filter(Boolean)
  const like = film.derived?.more.length
  return `${label}${what.length ? `: ${what.join(', ')}` : ''}${like ? `; ${plural(like, 'film', 'films')} like it` : ''}.`
}

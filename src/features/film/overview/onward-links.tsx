import { Link } from 'react-router'
import { catalogPath, filterSlug } from '../../../../contract/catalog-path.ts'
import type { Film } from '../../../../contract/film-schema.ts'
import { filmPath } from '../../../../contract/routes.ts'

// "A, B and C", as the page writes lists (fact-list.tsx's joinList would split
// its module out of the overview's chunk).
const list = (items: readonly string[]) => new Intl.ListFormat('en-GB').format(items)

/**
 * Where to go from a film: its genres, year and decade in the catalog, and
 * the films like it (derived at build), each with why: "with Cher and Sam
 * Elliott", or "also a 1980s drama". Loaded after the overview, which has no
 * bytes to spare for it (docs/adr/0013-derived-facts.md).
 */
export function OnwardLinks({ film }: { readonly film: Film }) {
  const decade = `${film.year - (film.year % 10)}s`
  const derived = film.derived
  const byYear = (filter: string, page = 1) => catalogPath({ filter, order: 'year', page })
  const browse = [
    ...film.genres.map((genre) => [genre, byYear(filterSlug(null, genre))]),
    [String(film.year), byYear(decade, derived?.yearPage)],
    [decade, byYear(decade)],
  ]
  return (
    <nav aria-label="More films">
      <h3>Browse</h3>
      <ul className="plain-list">
        {browse.map(([text = '', path = '']) => (
          <li key={path + text}>
            <Link to={path}>{text}</Link>
          </li>
        ))}
      </ul>
      {derived?.more.length ? (
        <>
          <h3>More like this</h3>
          <ul>
            {derived.more.map(({ film: id, people, genres, decade: like }) => (
              <li key={id}>
                <Link to={filmPath(id)}>{derived.names.films[id]?.join(' (')})</Link>
                {', '}
                {people.length
                  ? `with ${list(people.map((person) => derived.names.people[person] ?? person))}`
                  : `also a ${like ? `${like}s ` : ''}${list(genres).toLowerCase()}`}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </nav>
  )
}

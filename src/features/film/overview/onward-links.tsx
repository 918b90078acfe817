import type { Film } from '../../../../contract/film-schema.ts'
import { filmPath } from '../../../../contract/routes.ts'

// "A, B and C", as the page writes lists (fact-list.tsx's joinList would split
// its module out of the overview's chunk).
const list = (items: readonly string[]) => new Intl.ListFormat('en-GB').format(items)

/**
 * Where to go from a film: its genres, year and decade in the catalog, and
 * the films like it (both worked out at build), each with why: "with Cher and Sam
 * Elliott", or "also a 1980s drama". Loaded after the overview, which has no
 * bytes to spare for it (docs/adr/0013-derived-facts.md).
 */
export function OnwardLinks({ film }: { readonly film: Film }) {
  const derived = film.derived
  // A film read alone, by the ingest, has no catalog around it.
  if (!derived) return null
  return (
    <nav aria-label="More films">
      <h3>Browse</h3>
      <ul className="plain-list">
        {derived.browse.map(([text, path]) => (
          <li key={path + text}>
            <a href={path}>{text}</a>
          </li>
        ))}
      </ul>
      {derived.more.length ? (
        <>
          <h3>More like this</h3>
          <ul>
            {derived.more.map(({ film: id, people, genres, decade: like }) => (
              <li key={id}>
                <a href={filmPath(id)}>{derived.names.films[id]?.join(' (')})</a>
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

import type { Film, FilmSource } from '../../../../contract/film-schema.ts'
import { formatIsoDate } from './format-facts.ts'
import { joinList } from './fact-list.tsx'

const VIEWS = ['overview', 'cast', 'trivia', 'reviews'] as const
// Not FILM_SOURCES from the schema: importing it would bring the schema's
// validation code onto the overview.
const SOURCES: readonly FilmSource[] = ['page', 'wikipedia-list']

/**
 * Where the film's facts come from, in a line a reader can follow: the views
 * each source gave ("overview, cast, trivia and reviews from the film page
 * dated 8 March 1985; overview and cast from Wikipedia's film lists", its
 * first letter capitalised by CSS), then the credit the lists' licence asks
 * for and a link to the film's article. Views with nothing in them are left
 * out: their tabs say so.
 */
export function SourcesLine({ film }: { readonly film: Film }) {
  const { provenance, wikipedia, sources } = film
  const clauses = SOURCES.map((source) => {
    const views = VIEWS.filter((view) => sources[view].includes(source))
    return (
      views.length > 0 && (
        <span key={source}>
          {source !== 'page' && sources.overview.includes('page') && '; '}
          {joinList(views)} from{' '}
          {source === 'page'
            ? `the film page${provenance.pageDate ? ` dated ${formatIsoDate(provenance.pageDate)}` : ''}`
            : "Wikipedia's film lists"}
        </span>
      )
    )
  })
  return (
    <p className="source-note">
      {clauses}.
      {sources.overview.includes('wikipedia-list') && (
        <>
          {' '}
          Film lists from Wikipedia,{' '}
          <a href="https://creativecommons.org/licenses/by-sa/4.0/">CC BY-SA 4.0</a>.
        </>
      )}
      {wikipedia && (
        <>
          {' '}
          {/* Stored as Wikipedia writes it, already percent-encoded. */}
          <a href={`https://en.wikipedia.org/wiki/${wikipedia}`}>{film.title} on Wikipedia</a>.
        </>
      )}{' '}
      <small>File: {provenance.source}</small>
    </p>
  )
}

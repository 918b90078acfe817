import { useQueryClient } from '@tanstack/react-query'
import { EmptyState } from '../../components/empty-state.tsx'
import { SearchBox } from '../../components/search-box.tsx'
import { resultCount, resultGroups, searchFailure } from './search-hits.ts'
import { useSearch } from './api/use-search.ts'
import { renderedQuery } from './api/search-queries.ts'
import { useHydrated } from '../../hooks/use-hydrated.ts'
import { formatPageTitle } from '../../lib/format.ts'
import { searchWords } from '../../../contract/search-text.ts'
import { TYPING, useUrlParams } from '../../url-state/use-url-params.ts'
import { searchParams } from './search-params.ts'

/** Results per group on this page. */
export const RESULTS_LIMIT = 50

/** The params this view owns (see src/app/pages.ts). */
export const handle = { params: searchParams.keys }

/**
 * `/search?q=`: every answer to a query, grouped, on a page of its own that
 * can be shared. The box edits the URL as you type, as the cast search does.
 */
export function Component() {
  const [params, setParams] = useUrlParams(searchParams)
  // The server renders `/search?q=` with its results, which it puts in the
  // cache (src/entry-server.tsx): until hydrated, the page is the query
  // they answer, as the server rendered it, rather than the URL params'
  // defaults every other page hydrates with. A query typed before the app
  // came goes into the URL (src/app/hydration.ts), and shows right after.
  const rendered = renderedQuery(useQueryClient(), RESULTS_LIMIT)
  const q = useHydrated() ? params.q : rendered
  const searchable = searchWords(q).length > 0
  const { data, error, pending: isFetching } = useSearch(q, RESULTS_LIMIT, searchable)
  const current = data && data.query === q ? data : undefined
  const groups = current ? resultGroups(current) : []
  const status = !searchable
    ? 'Type a title or a name.'
    : error
      ? ''
      : current
        ? resultCount(current)
        : isFetching
          ? 'Searching…'
          : ''

  return (
    <section className="panel search-page" aria-labelledby="search-heading">
      <title>{formatPageTitle(searchable ? `Search: ${q.trim()}` : 'Search')}</title>
      <h1 id="search-heading" tabIndex={-1} data-page-heading>
        {searchable ? `Results for “${q.trim()}”` : 'Search'}
      </h1>
      {/* The site's search on this page, in place of the header's box
          (src/app/root-layout.tsx). A form, so that before the app has
          loaded, or without JavaScript, Enter asks the server for the
          results; the app searches as you type and keeps Enter. */}
      <form
        className="toolbar"
        role="search"
        action="/search"
        onSubmit={(event) => {
          event.preventDefault()
          setParams({})
        }}
      >
        <SearchBox
          name="q"
          label="Search films and people"
          placeholder="A title or a name"
          value={q}
          onChange={(value) => setParams({ q: value }, TYPING)}
          onCommit={() => setParams({})}
        />
      </form>
      <p className="live-count" role="status">
        {status}
      </p>
      {error ? (
        <EmptyState title="Search is not available right now.">
          <p>{searchFailure(error)}</p>
        </EmptyState>
      ) : current && groups.length === 0 ? (
        <EmptyState title={`Nothing matches “${q.trim()}”.`}>
          <p>Check the spelling, try fewer words, or browse the catalog.</p>
          <a className="button" href="/">
            Browse all films
          </a>
        </EmptyState>
      ) : (
        <div className="search-page__groups" data-results-for={current?.query}>
          {groups.map((group) => (
            <section key={group.kind} aria-labelledby={`results-${group.kind}`}>
              <h2 id={`results-${group.kind}`}>{group.label}</h2>
              {group.items.length === 0 ? (
                <p>They share no film in the catalog.</p>
              ) : (
                <ul className="search-page__list">
                  {group.items.map((item) => (
                    <li key={item.href}>
                      <a href={item.href}>{item.name}</a>
                      <span className="search-page__detail">{item.detail}</span>
                    </li>
                  ))}
                </ul>
              )}
            </section>
          ))}
        </div>
      )}
    </section>
  )
}

import { useMemo } from 'react'
import { EmptyState } from '../../components/empty-state.tsx'
import { LiveCount } from '../../components/live-count.tsx'
import { SearchBox } from '../../components/search-box.tsx'
import { useFilm } from '../../data/use-film.ts'
import { useHashTarget } from '../../hooks/use-hash-target.ts'
import { useUrlParams } from '../../hooks/use-url-params.ts'
import { toEnum } from '../../lib/search-params.ts'
import { formatCount, formatFilmLabel, formatPageTitle, plural } from '../../lib/format.ts'
import { CAST_SORTS, parseCastParams, serializeCastParams, type CastSort } from './cast-params.ts'
import { searchCast } from './cast-search.ts'
import { CastTable } from './cast-table.tsx'

const SORT_LABELS: Record<CastSort, string> = {
  billing: 'Billing order',
  actor: 'Actor',
  character: 'Character',
}

export function Component() {
  const film = useFilm()
  const [params, update] = useUrlParams(parseCastParams, serializeCastParams)
  const { results, tokens } = useMemo(() => searchCast(film.cast, params), [film.cast, params])
  const targetId = useHashTarget()
  const total = film.cast.length
  const searching = tokens.length > 0

  return (
    <section className="panel" aria-labelledby="section-heading">
      <title>{formatPageTitle('Cast', formatFilmLabel(film.title, film.year))}</title>
      <h2 id="section-heading">Cast</h2>
      {total === 0 ? (
        <EmptyState title="No cast is recorded for this film." />
      ) : (
        <>
          <div className="toolbar">
            <SearchBox
              label="Search the cast"
              placeholder="Actor, character or credited name"
              value={params.q}
              onChange={(q) => update({ q }, { replace: true })}
            />
            <label className="field">
              <span>Sort by</span>
              <select
                value={params.sort}
                onChange={(event) =>
                  update({ sort: toEnum(event.target.value, CAST_SORTS, 'billing') })
                }
              >
                {CAST_SORTS.map((sort) => (
                  <option key={sort} value={sort}>
                    {SORT_LABELS[sort]}
                  </option>
                ))}
              </select>
            </label>
          </div>
          <LiveCount>
            {searching
              ? `${formatCount(results.length)} of ${plural(total, 'cast member', 'cast members')}`
              : plural(total, 'cast member', 'cast members')}
          </LiveCount>
          {results.length === 0 ? (
            <EmptyState title={`No cast member matches “${params.q.trim()}”.`}>
              <p>Try part of a name, or search by character.</p>
              <button type="button" className="button" onClick={() => update({ q: '' })}>
                Clear search
              </button>
            </EmptyState>
          ) : (
            <CastTable
              caption={`Cast of ${film.title}, ordered by ${SORT_LABELS[params.sort].toLowerCase()}`}
              credits={results}
              tokens={tokens}
              targetId={targetId}
            />
          )}
        </>
      )}
    </section>
  )
}

import { lazy, Suspense, useMemo } from 'react'
import { EmptyState } from '../../../components/empty-state.tsx'
import { LiveCount } from '../../../components/live-count.tsx'
import { SearchBox } from '../../../components/search-box.tsx'
import { SelectField } from '../../../components/select-field.tsx'
import { SectionPanel } from '../../../components/section-panel.tsx'
import { useFilm } from '../api/film.ts'
import { useHashTarget } from '../../../hooks/use-hash-target.ts'
import { formatFilmLabel } from '../../../lib/format.ts'
import { TYPING, useUrlParams } from '../../../url-state/use-url-params.ts'
import { CAST_SORTS, castParams, type CastSort } from './cast-params.ts'
import { searchCast, warmSearchIndex } from './cast-search.ts'
import { CastRow, CastTableHead } from './cast-row.tsx'
import { CastTable } from './cast-table.tsx'
import { filmPath } from '../../../../contract/routes.ts'

/**
 * Casts longer than this render only the rows near the viewport. Shorter ones
 * render whole: no virtualisation code to load, and the prerendered page holds
 * every row.
 */
const VIRTUALIZE_FROM = 300
const VirtualCastTable = lazy(() =>
  import('./virtual-cast-table.tsx').then((module) => ({ default: module.VirtualCastTable })),
)

const SORT_LABELS: Record<CastSort, string> = {
  billing: 'Billing order',
  actor: 'Actor',
  character: 'Character',
}

/** The params this view owns (see src/app/pages.ts). */
export const handle = { params: castParams.keys }

export function Component() {
  const film = useFilm()
  const [params, setParams] = useUrlParams(castParams)
  const { q, sort } = params
  const { results, tokens } = useMemo(
    () => searchCast(film.cast, { q, sort }),
    [film.cast, q, sort],
  )
  const targetId = useHashTarget()
  const total = film.cast.length
  const searching = tokens.length > 0
  const virtual = total > VIRTUALIZE_FROM
  const table = {
    caption: `Cast of ${film.title}, ordered by ${SORT_LABELS[params.sort].toLowerCase()}`,
    credits: results,
    tokens,
    targetId,
    permalink: `${filmPath(film.id)}/cast#`,
  }

  return (
    <SectionPanel
      urlView
      section="Cast"
      filmLabel={formatFilmLabel(film.title, film.year, film.distinction)}
    >
      {total === 0 ? (
        <EmptyState title="No cast is recorded for this film." />
      ) : (
        <>
          {/* Focus bubbles: reaching the search box (a click, Tab or "/") warms the index. */}
          <div className="toolbar" onFocus={() => warmSearchIndex(film.cast)}>
            <SearchBox
              name="q"
              label="Search the cast"
              placeholder="Actor, character or credited name"
              value={q}
              onChange={(text) => setParams({ q: text }, TYPING)}
              onCommit={() => setParams({})}
            />
            <SelectField
              name="sort"
              label="Sort by"
              value={params.sort}
              options={CAST_SORTS.map((sort) => ({ value: sort, label: SORT_LABELS[sort] }))}
              onChange={(nextSort) => setParams({ sort: nextSort })}
            />
          </div>
          <LiveCount
            shown={results.length}
            total={total}
            narrowed={searching}
            one="cast member"
            many="cast members"
          />
          {/* data-results-for: which search the list shows (the benchmark waits on it). */}
          <div data-results-for={q}>
            {results.length === 0 ? (
              <EmptyState title={`No cast member matches “${q.trim()}”.`}>
                <p>Try part of a name, or search by character.</p>
                <button type="button" className="button" onClick={() => setParams({ q: '' })}>
                  Clear search
                </button>
              </EmptyState>
            ) : virtual ? (
              <Suspense fallback={<CastTable {...table} credits={results.slice(0, 40)} />}>
                <VirtualCastTable {...table} Row={CastRow} Head={CastTableHead} />
              </Suspense>
            ) : (
              <CastTable {...table} />
            )}
          </div>
        </>
      )}
    </SectionPanel>
  )
}

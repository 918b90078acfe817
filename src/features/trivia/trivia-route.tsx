import { useMemo } from 'react'
import { EmptyState } from '../../components/empty-state.tsx'
import { LiveCount } from '../../components/live-count.tsx'
import { SearchBox } from '../../components/search-box.tsx'
import { SectionPanel } from '../../components/section-panel.tsx'
import { useFilm } from '../../data/use-film.ts'
import { useHashTarget } from '../../hooks/use-hash-target.ts'
import { useSearchQuery } from '../../hooks/use-search-query.ts'
import { useUrlParams } from '../../hooks/use-url-params.ts'
import { formatCount, formatFilmLabel } from '../../lib/format.ts'
import { countByKind, filterTrivia } from './trivia-filter.ts'
import { TriviaItem } from './trivia-item.tsx'
import {
  parseTriviaParams,
  serializeTriviaParams,
  toggleKind,
  TRIVIA_KINDS,
} from './trivia-params.ts'

const FILTER_LABELS = { trivia: 'Trivia', goof: 'Goofs', quote: 'Quotes' } as const

export function Component() {
  const film = useFilm()
  const [params, update] = useUrlParams(parseTriviaParams, serializeTriviaParams)
  const [q, setQ] = useSearchQuery(params.q, update)
  const { kinds } = params
  const { items, tokens } = useMemo(
    () => filterTrivia(film.didYouKnow, { kinds, q }),
    [film.didYouKnow, kinds, q],
  )
  const counts = useMemo(() => countByKind(film.didYouKnow), [film.didYouKnow])
  const targetId = useHashTarget()
  const total = film.didYouKnow.length
  const filtered = params.kinds.length > 0 || tokens.length > 0

  return (
    <SectionPanel
      urlView
      section="Trivia"
      heading="Did you know?"
      filmLabel={formatFilmLabel(film.title, film.year)}
    >
      {total === 0 ? (
        <EmptyState title="No trivia, goofs or quotes are recorded for this film." />
      ) : (
        <>
          <div className="toolbar">
            <SearchBox
              name="q"
              label="Search trivia, goofs and quotes"
              placeholder="Words, category or speaker"
              value={q}
              onChange={setQ}
            />
            <div className="chips" role="group" aria-label="Show kinds">
              <button
                type="button"
                className="chip"
                aria-pressed={params.kinds.length === 0}
                onClick={() => update({ kinds: [], q })}
              >
                All <span className="chip__count">{formatCount(total)}</span>
              </button>
              {TRIVIA_KINDS.map((kind) => (
                <button
                  key={kind}
                  type="button"
                  className="chip"
                  aria-pressed={params.kinds.includes(kind)}
                  onClick={() =>
                    update((current) => ({ kinds: toggleKind(current.kinds, kind), q }))
                  }
                >
                  {FILTER_LABELS[kind]}{' '}
                  <span className="chip__count">{formatCount(counts[kind])}</span>
                </button>
              ))}
            </div>
          </div>
          <LiveCount
            shown={items.length}
            total={total}
            narrowed={filtered}
            one="item"
            many="items"
          />
          {items.length === 0 ? (
            <EmptyState title="Nothing matches these filters.">
              <button
                type="button"
                className="button"
                onClick={() => {
                  setQ('', 'none')
                  update({ kinds: [], q: '' })
                }}
              >
                Clear filters
              </button>
            </EmptyState>
          ) : (
            <ol className="card-list">
              {items.map((item) => (
                <li key={item.id}>
                  <TriviaItem
                    item={item}
                    tokens={tokens}
                    permalink={`/films/${film.id}/trivia#${item.id}`}
                    targeted={item.id === targetId}
                  />
                </li>
              ))}
            </ol>
          )}
        </>
      )}
    </SectionPanel>
  )
}

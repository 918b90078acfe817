import { useDeferredValue, useMemo } from 'react'
import { EmptyState } from '../../../components/empty-state.tsx'
import { LiveCount } from '../../../components/live-count.tsx'
import { SearchBox } from '../../../components/search-box.tsx'
import { SectionPanel } from '../../../components/section-panel.tsx'
import { useFilm } from '../api/film.ts'
import { useHashTarget } from '../../../hooks/use-hash-target.ts'
import { formatCount, formatFilmLabel } from '../../../lib/format.ts'
import { countByKind, filterTrivia, triviaEntries } from './trivia-filter.ts'
import { TriviaItem } from './trivia-item.tsx'
import { TYPING, useUrlParams } from '../../../url-state/use-url-params.ts'
import { toggleKind, TRIVIA_KINDS, triviaParams } from './trivia-params.ts'
import { filmPath } from '../../../../contract/routes.ts'

// "Facts", not "Trivia": the whole tab is Trivia, and this is one kind in it.
const FILTER_LABELS = {
  trivia: 'Facts',
  goof: 'Goofs',
  quote: 'Quotes',
  title: 'Same title',
  career: 'Careers',
  together: 'Together',
  debut: 'Debuts',
} as const
/** The page's own kinds: a chip each, disabled when empty; a catalog kind shows only when it has facts. */
const OWN_KINDS = TRIVIA_KINDS.slice(0, 3)

/** The params this view owns (see src/app/pages.ts). */
export const handle = { params: triviaParams.keys }

export function Component() {
  const film = useFilm()
  const [params, update] = useUrlParams(triviaParams)
  const entries = useMemo(() => triviaEntries(film), [film])
  // The list follows the box a step behind: a key paints the box at once,
  // and the list renders after it, in a render a next key interrupts, so
  // typing never waits for the list (on a phone's CPU it took 100 ms a key).
  const shown = useDeferredValue(params)
  const { items, tokens } = useMemo(() => filterTrivia(entries, shown), [entries, shown])
  const counts = useMemo(() => countByKind(entries), [entries])
  const none = OWN_KINDS.filter((kind) => counts[kind] === 0)
  const targetId = useHashTarget()
  const total = entries.length
  const filtered = shown.kind.length > 0 || tokens.length > 0
  // Made again only when what it shows changes: not at a key the list has not caught up with.
  const list = useMemo(
    () => (
      <ol className="card-list">
        {items.map((item) => (
          <li key={item.id}>
            <TriviaItem
              item={item}
              tokens={tokens}
              permalink={`${filmPath(film.id)}/trivia#${item.id}`}
              targeted={item.id === targetId}
            />
          </li>
        ))}
      </ol>
    ),
    [items, tokens, film.id, targetId],
  )

  return (
    <SectionPanel
      urlView
      section="Trivia"
      filmLabel={formatFilmLabel(film.title, film.year, film.distinction)}
    >
      {total === 0 ? (
        <EmptyState title="No facts, goofs or quotes are recorded for this film." />
      ) : (
        <>
          <div className="toolbar">
            <SearchBox
              name="q"
              label="Search facts, goofs and quotes"
              placeholder="Words, category or speaker"
              value={params.q}
              onChange={(text) => update({ q: text }, TYPING)}
              onCommit={() => update({})}
            />
            <div className="chips" role="group" aria-label="Show kinds">
              <button
                type="button"
                className="chip"
                aria-pressed={params.kind.length === 0}
                onClick={() => update({ kind: [] })}
              >
                All <span className="chip__count">{formatCount(total)}</span>
              </button>
              {TRIVIA_KINDS.filter(
                (kind) => OWN_KINDS.includes(kind) || counts[kind] || params.kind.includes(kind),
              ).map((kind) => (
                <button
                  key={kind}
                  type="button"
                  className="chip"
                  aria-pressed={params.kind.includes(kind)}
                  // A kind with nothing recorded has nothing to show (the note below says so).
                  disabled={counts[kind] === 0 && !params.kind.includes(kind)}
                  onClick={() => update((current) => ({ kind: toggleKind(current.kind, kind) }))}
                >
                  {FILTER_LABELS[kind]}{' '}
                  <span className="chip__count">{formatCount(counts[kind])}</span>
                </button>
              ))}
            </div>
            {none.length > 0 && (
              <p className="toolbar__note">
                No {none.map((kind) => FILTER_LABELS[kind].toLowerCase()).join(' or ')} recorded for
                this film.
              </p>
            )}
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
              <button type="button" className="button" onClick={() => update({ kind: [], q: '' })}>
                Clear filters
              </button>
            </EmptyState>
          ) : (
            list
          )}
        </>
      )}
    </SectionPanel>
  )
}

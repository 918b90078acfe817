import { useWindowVirtualizer } from '@tanstack/react-virtual'
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react'
import { useLocation } from 'react-router'
import type { CastRow, CastTableHead } from './cast-row.tsx'
import type { CastTableProps } from './cast-table.tsx'

interface VirtualCastTableProps extends CastTableProps {
  // The row and head come from the route, not an import: the route's chunk
  // holds them already, and importing them here would split them into a
  // third chunk shared by both (one more request before the cast renders).
  readonly Row: typeof CastRow
  readonly Head: typeof CastTableHead
}

/**
 * A row's height before it is measured: a one-line row on a wide screen is
 * exactly this (styles.css, .cast-table--virtual). An estimate that is even
 * slightly off adds up over thousands of rows, and End would stop short.
 */
const ESTIMATED_ROW_PX = 46
const estimateSize = () => ESTIMATED_ROW_PX

/**
 * The cast table for crew-sized credit lists: only the rows near the viewport
 * are in the page (the page itself scrolls, as with the plain table), spacer
 * rows stand in for the rest, and aria-rowcount/aria-rowindex tell assistive
 * technology the full size. Loaded only for films that need it.
 */
export function VirtualCastTable({
  caption,
  credits,
  tokens,
  targetId,
  permalink,
  Row,
  Head,
}: VirtualCastTableProps) {
  const bodyRef = useRef<HTMLTableSectionElement>(null)
  const [scrollMargin, setScrollMargin] = useState(0)
  useLayoutEffect(() => {
    const body = bodyRef.current
    if (body) setScrollMargin(body.getBoundingClientRect().top + window.scrollY)
  }, [])

  // Stable functions: the virtualiser recomputes every row's position when
  // these change identity, which would make each render trigger another.
  const getItemKey = useCallback((index: number) => credits[index]?.credit.id ?? index, [credits])
  const virtualizer = useWindowVirtualizer({
    count: credits.length,
    estimateSize,
    // Few rows beyond the viewport: each keystroke replaces every rendered row.
    overscan: 3,
    scrollMargin,
    getItemKey,
  })

  const targetIndex = targetId ? credits.findIndex((entry) => entry.credit.id === targetId) : -1
  // A permalinked credit may be far outside the rendered rows: scroll to it
  // once per visit to the link, then focus its row as soon as it is drawn
  // (useHashTarget finds no row to focus, or one of the fallback table's).
  // Typing a search afterwards neither scrolls back to it nor takes focus.
  const { key } = useLocation()
  const visit = `${key}#${targetId ?? ''}`
  const handled = useRef<string | null>(null)
  const focusPending = useRef(false)
  useEffect(() => {
    if (handled.current !== visit) {
      handled.current = visit
      focusPending.current = targetIndex >= 0
      if (targetIndex >= 0) virtualizer.scrollToIndex(targetIndex, { align: 'start' })
    }
    const row = focusPending.current && targetId ? document.getElementById(targetId) : null
    if (row) {
      focusPending.current = false
      row.focus({ preventScroll: true })
    }
  })

  const items = virtualizer.getVirtualItems()
  const first = items[0]
  const last = items[items.length - 1]
  const before = first ? first.start - scrollMargin : 0
  const after = last ? virtualizer.getTotalSize() - (last.end - scrollMargin) : 0

  return (
    <table className="cast-table cast-table--virtual" aria-rowcount={credits.length + 1}>
      <caption className="visually-hidden">{caption}</caption>
      <Head />
      <tbody ref={bodyRef}>
        {before > 0 && (
          <tr aria-hidden="true" className="cast-table__spacer" style={{ height: before }}>
            <td colSpan={4} />
          </tr>
        )}
        {items.map((item) => {
          const entry = credits[item.index]
          if (!entry) return null
          return (
            <Row
              key={item.key}
              ref={virtualizer.measureElement}
              entry={entry}
              tokens={tokens}
              targeted={entry.credit.id === targetId}
              permalink={permalink}
              rowIndex={item.index + 2}
            />
          )
        })}
        {after > 0 && (
          <tr aria-hidden="true" className="cast-table__spacer" style={{ height: after }}>
            <td colSpan={4} />
          </tr>
        )}
      </tbody>
    </table>
  )
}

import type { IndexedCredit } from './cast-search.ts'
import { CastRow, CastTableHead } from './cast-row.tsx'

export interface CastTableProps {
  readonly caption: string
  readonly credits: readonly IndexedCredit[]
  readonly tokens: readonly string[]
  /** The credit a permalink points at, highlighted. */
  readonly targetId: string | null
  /** The cast's URL up to the hash, for each row's link. */
  readonly permalink: string
}

/** Every credit as a row: for casts small enough to render whole (and to prerender). */
export function CastTable({ caption, credits, tokens, targetId, permalink }: CastTableProps) {
  return (
    <table className="cast-table">
      <caption className="visually-hidden">{caption}</caption>
      <CastTableHead />
      <tbody>
        {credits.map((entry) => (
          <CastRow
            key={entry.credit.id}
            entry={entry}
            tokens={tokens}
            targeted={entry.credit.id === targetId}
            permalink={permalink}
          />
        ))}
      </tbody>
    </table>
  )
}

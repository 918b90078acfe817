import type { Ref } from 'react'
import { Highlight } from '../../components/highlight.tsx'
import type { IndexedCredit } from './cast-search.ts'

interface CastRowProps {
  readonly entry: IndexedCredit
  readonly tokens: readonly string[]
  readonly targeted: boolean
  /** Position among all rows, header included, for a virtualised table. */
  readonly rowIndex?: number
  readonly ref?: Ref<HTMLTableRowElement>
}

export function CastRow({
  entry: { credit, billing },
  tokens,
  targeted,
  rowIndex,
  ref,
}: CastRowProps) {
  return (
    <tr
      ref={ref}
      id={credit.id}
      className={targeted ? 'is-target' : undefined}
      aria-rowindex={rowIndex}
      data-index={rowIndex === undefined ? undefined : rowIndex - 2}
    >
      <td className="cast-table__billing">{billing}</td>
      <th scope="row" className="cast-table__actor">
        <Highlight text={credit.actor} tokens={tokens} />
      </th>
      <td className="cast-table__character">
        {credit.character ? (
          <Highlight text={credit.character} tokens={tokens} />
        ) : (
          <span className="muted">Character not recorded</span>
        )}
        {credit.note && (
          <>
            {' '}
            <span className="cast-table__note">
              (<Highlight text={credit.note} tokens={tokens} />)
            </span>
          </>
        )}
      </td>
    </tr>
  )
}

export function CastTableHead() {
  return (
    <thead>
      <tr aria-rowindex={1}>
        <th scope="col" className="cast-table__billing">
          <abbr title="Billing order">#</abbr>
        </th>
        <th scope="col">Actor</th>
        <th scope="col">Character</th>
      </tr>
    </thead>
  )
}

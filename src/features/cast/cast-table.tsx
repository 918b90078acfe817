import { Highlight } from '../../components/highlight.tsx'
import type { IndexedCredit } from './cast-search.ts'

interface CastTableProps {
  readonly caption: string
  readonly credits: readonly IndexedCredit[]
  readonly tokens: readonly string[]
  /** The credit a permalink points at, highlighted. */
  readonly targetId: string | null
}

export function CastTable({ caption, credits, tokens, targetId }: CastTableProps) {
  return (
    <table className="cast-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col" className="cast-table__billing">
            <abbr title="Billing order">#</abbr>
          </th>
          <th scope="col">Actor</th>
          <th scope="col">Character</th>
        </tr>
      </thead>
      <tbody>
        {credits.map(({ credit, billing }) => (
          <tr
            key={credit.id}
            id={credit.id}
            className={credit.id === targetId ? 'is-target' : undefined}
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
        ))}
      </tbody>
    </table>
  )
}

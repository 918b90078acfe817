import type { Ref } from 'react'
import { Highlight } from '../../../components/highlight.tsx'
import { CopyLinkButton } from '../../../components/share-button.tsx'
import type { IndexedCredit } from './cast-search.ts'
import { personPath } from '../../../../contract/routes.ts'

interface CastRowProps {
  readonly entry: IndexedCredit
  readonly tokens: readonly string[]
  readonly targeted: boolean
  /** The cast's URL up to the hash: "/films/mask-1985/cast#". */
  readonly permalink: string
  /** Position among all rows, header included, for a virtualised table. */
  readonly rowIndex?: number
  readonly ref?: Ref<HTMLTableRowElement>
}

export function CastRow({
  entry: { credit, billing },
  tokens,
  targeted,
  permalink,
  rowIndex,
  ref,
}: CastRowProps) {
  const { actor, character, note } = credit
  return (
    // Focusable, so that a permalink (…/cast#cast-3) can move focus to its row.
    <tr
      ref={ref}
      id={credit.id}
      tabIndex={-1}
      className={targeted ? 'is-target' : undefined}
      aria-rowindex={rowIndex}
      // The virtualiser measures rows by their index among the credits.
      data-index={rowIndex && rowIndex - 2}
    >
      <td className="cast-table__billing">{billing}</td>
      <th scope="row" className="cast-table__actor">
        {credit.personId ? (
          // A plain link, as all the app's (src/url-state/follow-links.ts).
          <a href={personPath(credit.personId)}>
            <Highlight text={actor} tokens={tokens} />
          </a>
        ) : (
          <Highlight text={actor} tokens={tokens} />
        )}
      </th>
      <td className="cast-table__character">
        {character ? (
          <Highlight text={character} tokens={tokens} />
        ) : (
          <span className="muted">Character not recorded</span>
        )}
        {note && (
          <>
            {' '}
            <span className="cast-table__note">
              (<Highlight text={note} tokens={tokens} />)
            </span>
          </>
        )}
      </td>
      <td className="cast-table__link">
        <CopyLinkButton
          path={permalink + credit.id}
          what={character ? `${actor} as ${character}` : actor}
        />
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
        <th scope="col" className="cast-table__link">
          <span className="visually-hidden">Link</span>
        </th>
      </tr>
    </thead>
  )
}

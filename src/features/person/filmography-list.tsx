import { Highlight } from '../../components/highlight.tsx'
import type { FilmographyEntry } from '../../../contract/person-schema.ts'
import { filmPath } from '../../../contract/routes.ts'
import { formatFilmLabel } from '../../lib/format.ts'

interface FilmographyListProps {
  readonly entries: readonly FilmographyEntry[]
  readonly tokens: readonly string[]
}

/** The films, each a link to the film, with the person's part in it where a source gives it, and "Director" where they directed it. */
export function FilmographyList({ entries, tokens }: FilmographyListProps) {
  return (
    <ol className="filmography" aria-label="Films">
      {entries.map((entry) => (
        <li key={entry.film} className="filmography__entry">
          <span className="filmography__year">{entry.year}</span>
          <div>
            <a className="filmography__title" href={filmPath(entry.film)}>
              <Highlight
                text={formatFilmLabel(entry.title, null, entry.distinction)}
                tokens={tokens}
              />
            </a>
            {/* An entry has roles only when the person directed the film. */}
            {entry.roles && <p className="filmography__part">Director</p>}
            <Part entry={entry} tokens={tokens} />
            {entry.genres.length > 0 && (
              <p className="filmography__genres">{entry.genres.join(', ')}</p>
            )}
          </div>
        </li>
      ))}
    </ol>
  )
}

function Part({
  entry,
  tokens,
}: {
  readonly entry: FilmographyEntry
  readonly tokens: readonly string[]
}) {
  const { character, note, creditedAs } = entry
  if (!character && !note && !creditedAs) return null
  return (
    <p className="filmography__part">
      {character && (
        <>
          as <Highlight text={character} tokens={tokens} />
        </>
      )}
      {note && (
        <>
          {character && ' '}(<Highlight text={note} tokens={tokens} />)
        </>
      )}
      {creditedAs && (
        <span className="muted">
          {(character || note) && ' · '}credited as <Highlight text={creditedAs} tokens={tokens} />
        </span>
      )}
    </p>
  )
}

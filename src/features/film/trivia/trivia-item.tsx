import { Link } from 'react-router'
import { Highlight } from '../../../components/highlight.tsx'
import { CopyLinkButton } from '../../../components/share-button.tsx'
import type { DidYouKnowItem } from '../../../../contract/film-schema.ts'

const KIND_LABELS = { trivia: 'Fact', goof: 'Goof', quote: 'Quote' } as const

interface TriviaItemProps {
  readonly item: DidYouKnowItem
  readonly permalink: string
  readonly tokens: readonly string[]
  readonly targeted: boolean
}

function Body({ item, tokens }: Pick<TriviaItemProps, 'item' | 'tokens'>) {
  switch (item.kind) {
    case 'trivia':
    case 'goof':
      return (
        <p>
          <Highlight text={item.text} tokens={tokens} />
        </p>
      )
    case 'quote':
      return (
        <blockquote className="quote">
          {item.lines.map((line, index) => (
            <p key={index}>
              <span className="quote__speaker">
                <Highlight text={line.speaker} tokens={tokens} />:
              </span>{' '}
              {line.qualifier && (
                <span className="quote__qualifier">
                  [<Highlight text={line.qualifier} tokens={tokens} />]
                </span>
              )}{' '}
              <Highlight text={line.text} tokens={tokens} />
            </p>
          ))}
        </blockquote>
      )
  }
}

export function TriviaItem({ item, permalink, tokens, targeted }: TriviaItemProps) {
  const kindLabel = KIND_LABELS[item.kind]
  return (
    <article
      id={item.id}
      className={`card${targeted ? ' is-target' : ''}`}
      aria-label={`${kindLabel} ${item.id.split('-').at(-1) ?? ''}`.trim()}
      tabIndex={-1}
    >
      <header className="card__meta">
        <span className={`badge badge--${item.kind}`}>{kindLabel}</span>
        {item.kind === 'goof' && (
          <span className="card__category">
            <Highlight text={item.category} tokens={tokens} />
          </span>
        )}
        <span className="card__actions">
          <CopyLinkButton path={permalink} what={`this ${kindLabel.toLowerCase()}`} />
          <Link
            className="permalink"
            to={permalink}
            aria-label={`Permalink to this ${kindLabel.toLowerCase()}`}
          >
            <span aria-hidden="true">#</span>
          </Link>
        </span>
      </header>
      <Body item={item} tokens={tokens} />
    </article>
  )
}

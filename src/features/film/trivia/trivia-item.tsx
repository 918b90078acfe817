import { Highlight } from '../../../components/highlight.tsx'
import { CopyLinkButton } from '../../../components/share-button.tsx'
import { DERIVED_SOURCE } from './derived-words.ts'
import type { TriviaEntry } from './trivia-filter.ts'

const KIND_LABELS = {
  trivia: 'Fact',
  goof: 'Goof',
  quote: 'Quote',
  title: 'Same title',
  career: 'Career',
  together: 'Together',
  debut: 'Debut',
} as const

interface TriviaItemProps {
  readonly item: TriviaEntry
  readonly permalink: string
  readonly tokens: readonly string[]
  readonly targeted: boolean
}

function Body({ item, tokens }: Pick<TriviaItemProps, 'item' | 'tokens'>) {
  if ('parts' in item)
    return (
      <p>
        {item.parts.map((part, index) =>
          typeof part === 'string' ? (
            <Highlight key={index} text={part} tokens={tokens} />
          ) : (
            <a key={index} href={part.to}>
              <Highlight text={part.text} tokens={tokens} />
            </a>
          ),
        )}{' '}
        <span className="muted">{DERIVED_SOURCE}</span>
      </p>
    )
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
          <a
            className="permalink"
            href={permalink}
            aria-label={`Permalink to this ${kindLabel.toLowerCase()}`}
          >
            <span aria-hidden="true">#</span>
          </a>
        </span>
      </header>
      <Body item={item} tokens={tokens} />
    </article>
  )
}

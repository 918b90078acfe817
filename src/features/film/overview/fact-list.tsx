import type { ReactNode } from 'react'

export interface Fact {
  readonly term: string
  /** Null (or undefined) facts are left out: the page did not record them. */
  readonly value: ReactNode | null | undefined
}

/** The facts that are recorded, under `heading` if given; nothing at all when none is. */
export function FactList({
  heading,
  facts,
}: {
  readonly heading?: string
  readonly facts: readonly Fact[]
}) {
  const shown = facts.filter((fact) => fact.value != null)
  if (shown.length === 0) return null
  return (
    <>
      {heading && <h3>{heading}</h3>}
      <dl className="facts">
        {shown.map((fact) => (
          <div key={fact.term} className="facts__row">
            <dt>{fact.term}</dt>
            <dd>{fact.value}</dd>
          </div>
        ))}
      </dl>
    </>
  )
}

/** "A, B and C" */
export function joinList(items: readonly ReactNode[]): ReactNode {
  return items.map((item, index) => (
    <span key={index}>
      {index > 0 && (index === items.length - 1 ? ' and ' : ', ')}
      {item}
    </span>
  ))
}

/**
 * A fact that is a list: the term in the singular or the plural, the items in
 * a sentence ("A, B and C") or, for longer ones, one a line. Left out when empty.
 */
export function listFact(
  one: string,
  many: string,
  items: readonly ReactNode[],
  lines?: boolean,
): Fact {
  return {
    term: items.length > 1 ? many : one,
    value:
      items.length === 0 ? null : lines ? (
        <ul className="plain-list">
          {items.map((item, index) => (
            <li key={index}>{item}</li>
          ))}
        </ul>
      ) : (
        joinList(items)
      ),
  }
}

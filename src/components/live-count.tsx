import { formatCount, plural } from '../lib/format.ts'

interface LiveCountProps {
  readonly shown: number
  readonly total: number
  /** Whether a search or filter is narrowing the list ("2 of 15 …" rather than "15 …"). */
  readonly narrowed: boolean
  readonly one: string
  readonly many: string
}

/**
 * A result count that screen readers announce politely as it changes. It is
 * always rendered so the live region exists before the first change, which is
 * what makes assistive technology announce it.
 */
export function LiveCount({ shown, total, narrowed, one, many }: LiveCountProps) {
  const all = plural(total, one, many)
  return (
    <p className="live-count" role="status">
      {narrowed ? `${formatCount(shown)} of ${all}` : all}
    </p>
  )
}

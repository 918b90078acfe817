import { formatScore } from '../lib/format.ts'

interface ScoreProps {
  readonly value: number
  readonly max: number
}

/**
 * "7.0/10" for the eye, "Rated 7.0 out of 10" for assistive technology (a bare
 * "7.0 slash 10" reads badly).
 */
export function Score({ value, max }: ScoreProps) {
  const shown = formatScore(value, max)
  return (
    <span className="score">
      <span aria-hidden="true">
        <span className="score__value">{shown}</span>
        <span className="score__max">/{max}</span>
      </span>
      <span className="visually-hidden">{`Rated ${shown} out of ${max}`}</span>
    </span>
  )
}

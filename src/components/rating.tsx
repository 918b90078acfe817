import { formatScore } from '../lib/format.ts'

const STAR = 'M12 2.5l2.8 6.3 6.9.6-5.2 4.6 1.6 6.7L12 17.2l-6.1 3.5 1.6-6.7-5.2-4.6 6.9-.6z'
const STARS = [0, 1, 2, 3, 4].map((index) => (
  <path key={index} d={STAR} transform={`translate(${index * 24} 0)`} />
))

/**
 * A rating as five stars filled in proportion (7.0/10 fills three and a
 * half), the number beside it, and "Rated 7.0 out of 10" for assistive
 * technology. The fill is an SVG clip, not an inline style, so it works under
 * the Content-Security-Policy in prerendered HTML too. The caller names the
 * clip (`id`, unique on the page): useId would cost every page that shows a
 * rating React's CommonJS interop in this chunk, bytes against the budget.
 */
export function Rating({
  id,
  value,
  max,
}: {
  readonly id: string
  readonly value: number
  readonly max: number
}) {
  const clipId = `stars-${id}`
  const shown = formatScore(value, max)
  const width = Math.max(0, Math.min(1, value / max)) * 120
  return (
    <span className="rating">
      <svg
        className="rating__stars"
        viewBox="0 0 120 24"
        width="100"
        height="20"
        aria-hidden="true"
        focusable="false"
      >
        <clipPath id={clipId}>
          <rect x="0" y="0" width={width} height="24" />
        </clipPath>
        <g className="rating__empty">{STARS}</g>
        <g className="rating__full" clipPath={`url(#${clipId})`}>
          {STARS}
        </g>
      </svg>
      <span aria-hidden="true">
        <span className="rating__value">{shown}</span>
        <span className="rating__max">/{max}</span>
      </span>
      <span className="visually-hidden">{`Rated ${shown} out of ${max}`}</span>
    </span>
  )
}

import type { Person } from '../../../contract/person-schema.ts'
import { plural } from '../../lib/format.ts'

/**
 * Films per year across the career, as bars: where a list of 190 films
 * takes a while to read, the shape of a career (a busy silent decade, a gap,
 * a late return) shows at a glance. Years without films are gaps. The bars
 * are hidden from screen readers, which get the same figures as a table.
 */
export function CareerChart({ perYear }: { readonly perYear: Person['filmsPerYear'] }) {
  const first = perYear[0]?.year ?? 0
  const last = perYear.at(-1)?.year ?? first
  const span = last - first + 1
  const most = Math.max(...perYear.map((year) => year.films))
  const busiest = perYear.find((year) => year.films === most)
  return (
    <figure className="career">
      <figcaption className="career__caption">
        Films per year
        {busiest && span > 1 && (
          <span className="muted">
            {' '}
            · most in {busiest.year}: {plural(most, 'film', 'films')}
          </span>
        )}
      </figcaption>
      {/* One unit per year across, one per film up: stretched to the box. */}
      <svg
        className="career__bars"
        viewBox={`0 0 ${span} ${most}`}
        preserveAspectRatio="none"
        aria-hidden
      >
        {perYear.map(({ year, films }) => (
          <rect key={year} x={year - first + 0.1} y={most - films} width={0.8} height={films} />
        ))}
      </svg>
      <div className="career__axis" aria-hidden>
        <span>{first}</span>
        {span > 1 && <span>{last}</span>}
      </div>
      <table className="visually-hidden">
        <caption>Films per year</caption>
        <thead>
          <tr>
            <th scope="col">Year</th>
            <th scope="col">Films</th>
          </tr>
        </thead>
        <tbody>
          {perYear.map(({ year, films }) => (
            <tr key={year}>
              <th scope="row">{year}</th>
              <td>{films}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  )
}

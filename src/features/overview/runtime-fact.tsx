import type { Film } from '../../data/film-schema.ts'
import { plural } from '../../lib/format.ts'

type Runtime = NonNullable<NonNullable<Film['technicalSpecs']>['runtime']>

const minutes = (value: number | null) =>
  value === null ? 'length not recorded' : plural(value, 'minute', 'minutes')

/** The main runtime and each alternate version ("USA, director's cut: length not recorded"). */
export function RuntimeFact({ runtime }: { readonly runtime: Runtime }) {
  return (
    <>
      {runtime.minutes === null ? 'Not recorded' : plural(runtime.minutes, 'minute', 'minutes')}
      {runtime.versions.length > 0 && (
        <ul className="plain-list">
          {runtime.versions.map((version, index) => (
            <li key={index}>
              {version.label}
              {version.note && `, ${version.note}`}: {minutes(version.minutes)}
            </li>
          ))}
        </ul>
      )}
    </>
  )
}

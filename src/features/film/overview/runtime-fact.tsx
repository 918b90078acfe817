import type { Film } from '../../../../contract/film-schema.ts'
import { plural } from '../../../lib/format.ts'

type Runtime = NonNullable<NonNullable<Film['technicalSpecs']>['runtime']>
type Version = Runtime['versions'][number]

const minutes = (value: number) => plural(value, 'minute', 'minutes')
const timed = (version: Version): version is Version & { minutes: number } =>
  version.minutes !== null

/** "a director's cut exists (USA)": a version the page names but gives no length. */
const exists = ({ label, note }: Version) => {
  const what = note ?? 'version'
  return `${/^[aeiou]/i.test(what) ? 'an' : 'a'} ${what} exists (${label})`
}

/**
 * One line for the main runtime and the versions without a length ("Not
 * recorded; a director's cut exists (USA)"), then a line for each version
 * with one ("Portugal, director's cut: 118 minutes").
 */
export function RuntimeFact({ runtime }: { readonly runtime: Runtime }) {
  const { versions } = runtime
  const main = runtime.minutes === null ? 'Not recorded' : minutes(runtime.minutes)
  return (
    <>
      {[main, ...versions.filter((version) => !timed(version)).map(exists)].join('; ')}
      {versions.some(timed) && (
        <ul className="plain-list">
          {versions.filter(timed).map((version, index) => (
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

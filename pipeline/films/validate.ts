import { inDataDir, personFile } from '../../contract/data-files.ts'
import * as v from 'valibot'
import { CatalogPageSchema, type CatalogPage } from '../../contract/catalog-schema.ts'
import { FilmSchema, type Film } from '../../contract/film-schema.ts'
import { PersonSchema, type Person } from '../../contract/person-schema.ts'
import { formatIssuePath } from '../../contract/issue-path.ts'
import { catalogPagePath } from '../derived/paginate.ts'
import type { ReportItem } from '../write/report.ts'

/**
 * Every film and every catalog page through the app's own schemas, so
 * the app never meets a file it would refuse. A list film that fails is left
 * out and reported: the app is only the poorer by one film. What would make
 * the app wrong fails the build: a film from a rich page that fails (the app
 * serves it today), an invalid catalog page, two films with one id, or no
 * films at all.
 */

export interface Validated {
  readonly films: Film[]
  readonly report: ReportItem[]
}

export function validate(films: readonly Film[]): Validated {
  const report: ReportItem[] = []
  const valid: Film[] = []
  const ids = new Set<string>()
  for (const film of films) {
    const source = { file: film.provenance.source, film: film.id }
    const result = v.safeParse(FilmSchema, film)
    if (!result.success) {
      const [issue] = result.issues
      const fromPage = film.sources?.overview.includes('page') ?? true
      report.push({
        kind: fromPage ? 'fatal' : 'unplaced',
        reason: fromPage ? 'invalid-page-film' : 'invalid-film',
        source,
        text: `${formatIssuePath(issue)}: ${issue.message}`,
      })
      continue
    }
    if (ids.has(film.id))
      report.push({ kind: 'fatal', reason: 'duplicate-id', source, text: film.title })
    ids.add(film.id)
    valid.push(film)
  }
  if (valid.length === 0)
    report.push({ kind: 'fatal', reason: 'no-films', source: { file: 'catalog' }, text: '' })
  return { films: valid, report }
}

/** The pages as the app will read them: any page it would refuse fails the build. */
export function validatePages(pages: readonly CatalogPage[]): ReportItem[] {
  return pages.flatMap((page): ReportItem[] => {
    const checked = v.safeParse(CatalogPageSchema, page)
    if (checked.success) return []
    const [issue] = checked.issues
    return [
      {
        kind: 'fatal',
        reason: 'invalid-catalog-page',
        source: { file: catalogPagePath(page) },
        text: `${formatIssuePath(issue)}: ${issue.message}`,
      },
    ]
  })
}

/**
 * Every person file through the app's schema, and every credit's person
 * against the files: a link to a person with no file, or a file the app
 * would refuse, would make the app wrong, so both fail the build.
 */
export function validatePeople(people: readonly Person[], films: readonly Film[]): ReportItem[] {
  const report: ReportItem[] = []
  const ids = new Set<string>()
  for (const person of people) {
    const source = { file: inDataDir(personFile(person.id)), person: person.id }
    const checked = v.safeParse(PersonSchema, person)
    if (!checked.success) {
      const [issue] = checked.issues
      const text = `${formatIssuePath(issue)}: ${issue.message}`
      report.push({ kind: 'fatal', reason: 'invalid-person', source, text })
    }
    if (ids.has(person.id))
      report.push({ kind: 'fatal', reason: 'duplicate-person-id', source, text: person.name })
    ids.add(person.id)
  }
  for (const film of films) {
    for (const credit of film.cast) {
      if (credit.personId && ids.has(credit.personId)) continue
      report.push({
        kind: 'fatal',
        reason: credit.personId ? 'credit-names-no-person' : 'credit-without-person',
        source: { file: film.provenance.source, film: film.id },
        text: `${credit.id}: ${credit.actor}`,
      })
    }
    for (const id of film.directorIds ?? []) {
      if (ids.has(id)) continue
      report.push({
        kind: 'fatal',
        reason: 'director-names-no-person',
        source: { file: film.provenance.source, film: film.id },
        text: id,
      })
    }
  }
  return report
}

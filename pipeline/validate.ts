import * as v from 'valibot'
import { CatalogPageSchema, type CatalogPage } from '../src/data/catalog-schema.ts'
import { FilmSchema, type Film } from '../src/data/film-schema.ts'
import { formatIssuePath } from '../src/data/validate.ts'
import { catalogPagePath } from './paginate.ts'
import type { ReportItem } from './report.ts'

/**
 * Step 5: every film and every catalog page through the app's own schemas, so
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

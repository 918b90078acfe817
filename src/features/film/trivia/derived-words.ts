import type { Derived, DerivedFact } from '../../../../contract/derived-schema.ts'
import { filmPath, personPath } from '../../../../contract/routes.ts'

/** A piece of a sentence: words, or a link with its text. */
export type Part = string | { readonly to: string; readonly text: string }

/** Said of every derived fact, after it: the catalog worked it out, no page says it. */
export const DERIVED_SOURCE = 'Worked out from Wikipedia’s film lists.'

const ordinal = (n: number) =>
  `${n}${n % 100 > 10 && n % 100 < 14 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th')}`

const s = (n: number) => (n === 1 ? '' : 's')

/** "A, B and C", with the parts between. */
function listed(items: readonly Part[]): Part[] {
  return items.flatMap((item, i) =>
    i === 0 ? [item] : [i === items.length - 1 ? ' and ' : ', ', item],
  )
}

/** One fact as a sentence whose every name and title is a link. */
export function wordFact(fact: DerivedFact, names: Derived['names']): Part[] {
  const person = (id: string): Part => ({ to: personPath(id), text: names.people[id] ?? id })
  const film = (id: string): Part => {
    const [title, year] = names.films[id] ?? [id, '']
    return { to: filmPath(id), text: `${title} (${year})` }
  }
  switch (fact.kind) {
    case 'title':
      return [
        `Other film${s(fact.films.length)} of this title: `,
        ...listed(fact.films.map(film)),
        '.',
      ]
    case 'career': {
      const { place, of, sameYear = 0, gap } = fact
      const what =
        of === 1
          ? 'only listed film'
          : sameYear === 0 && (place === 1 || place === of)
            ? `${place === 1 ? 'first' : 'last'} of ${of} listed films`
            : `${ordinal(place)} of ${of} listed films${sameYear ? ` (with ${sameYear} more that year)` : ''}`
      const since: Part[] = gap ? [`, the first in ${gap.years} years, since `, film(gap.film)] : []
      return ['This is ', person(fact.person), `’s ${what}`, ...since, '.']
    }
    case 'together': {
      const [a, b] = fact.people.map(person) as [Part, Part]
      if (fact.of === 1) return [a, ' and ', b, ' made only this film together.']
      return [
        a,
        ' and ',
        b,
        `: their ${ordinal(fact.place)} of ${fact.of} films together; also `,
        ...listed(fact.others.map(film)),
        '.',
      ]
    }
    case 'debut':
      return ['This is the first listed film of ', person(fact.person), `, of ${fact.of}.`]
  }
}

/** The sentence's text, for search. */
export const partsText = (parts: readonly Part[]) =>
  parts.map((part) => (typeof part === 'string' ? part : part.text)).join('')

import { ID_MAX_LENGTH } from '../../contract/ids.ts'
import { slugify, slugWords } from '../../contract/slug.ts'

/**
 * The identity rule for films: every listed film gets an id that is readable
 * (its title and year, as the app's ids have always been: "mask-1985") and
 * stable (it must not change when the lists grow or are read in another
 * order). docs/adr/0008-film-ids.md records the decision.
 *
 * 1. A film's own id depends on nothing but the film: `slugify(title, year)`,
 *    plus the disambiguator of its Wikipedia article when the article has one
 *    that says more than "film" and a year. "Carmen_(1915_Cecil_B._DeMille_film)"
 *    gives "carmen-1915-cecil-b-demille", "Harlow_(Magna_film)" gives
 *    "harlow-1965-magna", but "Mask_(1985_film)" and "Alligator_(film)" add
 *    nothing. Because no other film takes part, adding films never changes it,
 *    and the two Carmens of 1915 get two ids with no special case.
 *    - Years in the disambiguator are dropped: the list's year is already in
 *      the id, and an article's year sometimes differs from its list's.
 *    - "film", "American", "upcoming" and "unreleased" are dropped: every film
 *      here is an American film, and the last two change as time passes.
 *    - The article counts only when its name, without the parentheses, is the
 *      film's title: an href to another article ("Francis_Ford_(actor)",
 *      "Duck_Dodgers_(TV_series)", a "#section" of a list) says nothing about
 *      this film, and a title that itself ends in parentheses
 *      ("Susan Lenox (Her Fall and Rise)") already carries them.
 * 2. Fallback, when films still share an id (the same title, year and
 *    disambiguator: in these lists, an entry listed twice, or one twin without
 *    an article): they are ranked by their facts (an article first, then the
 *    article, title, cast and genres as text), the first keeps the id and the
 *    others get "-2", "-3". Ranking by facts, not by position, keeps the ids
 *    independent of the order the lists are read in. This is the one place
 *    where a new film can move an id: a new exact twin that ranks first.
 */

export interface IdFacts {
  readonly title: string
  readonly year: number
  readonly href: string | null
  readonly cast: readonly string[]
  readonly genres: readonly string[]
}

const DROPPED = new Set(['film', 'films', 'movie', 'american', 'upcoming', 'unreleased'])
// Room for a fallback suffix ("-2") within the app's id length.
const OWN_ID_MAX = ID_MAX_LENGTH - 4

function decode(href: string): string {
  try {
    return decodeURIComponent(href).replace(/_/g, ' ')
  } catch {
    return href.replace(/_/g, ' ')
  }
}

/**
 * What the film's article adds to its title, as the article writes it:
 * "Cecil B. DeMille" for "Carmen_(1915_Cecil_B._DeMille_film)", or '' when
 * nothing. The id uses it (as a slug), and so does the label that tells two
 * films of one title and year apart (distinctions.ts).
 */
export function articleQualifier({ title, href }: Pick<IdFacts, 'title' | 'href'>): string {
  if (href === null || href.includes('#')) return ''
  const match = /^(.*\S) \(([^()]*)\)$/.exec(decode(href))
  if (!match || slugWords(match[1] ?? '', 200) !== slugWords(title, 200)) return ''
  const words = (match[2] ?? '').split(' ').filter((word) => !/^\d{4}$/.test(word))
  return words.filter((word) => word && !DROPPED.has(word.toLowerCase())).join(' ')
}

/** The qualifier as it goes into an id: "cecil-b-demille". */
const disambiguator = (film: IdFacts) => slugWords(articleQualifier(film), 40)

/** Step 1 of the rule: the id from the film's own facts alone. */
export function ownId(film: IdFacts): string {
  const id = [slugify(film.title, film.year), disambiguator(film)].filter(Boolean).join('-')
  return id.length <= OWN_ID_MAX ? id : id.slice(0, OWN_ID_MAX).replace(/-[^-]*$/, '')
}

const rankKey = (film: IdFacts) =>
  JSON.stringify([film.href === null ? 1 : 0, film.href, film.title, film.cast, film.genres])

/**
 * Ids for `films`, in the same order. `taken` holds ids that films from other
 * sources already have, so a fallback suffix never lands on one of them.
 */
export function assignFilmIds(
  films: readonly IdFacts[],
  taken: ReadonlySet<string> = new Set(),
): string[] {
  const groups = new Map<string, number[]>()
  films.forEach((film, index) => {
    const id = ownId(film)
    groups.set(id, [...(groups.get(id) ?? []), index])
  })
  const used = new Set([...taken, ...groups.keys()])
  const ids: string[] = []
  for (const [id, members] of [...groups].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    if (members.length === 1) {
      ids[members[0] as number] = id
      continue
    }
    const ranked = members.map((index) => [rankKey(films[index] as IdFacts), index] as const)
    ranked.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    let next = 2
    ranked.forEach(([, index], rank) => {
      if (rank === 0) return void (ids[index] = id)
      while (used.has(`${id}-${next}`)) next += 1
      ids[index] = `${id}-${next}`
      used.add(ids[index])
    })
  }
  return ids
}

import { slugWords } from '../../contract/slug.ts'
import { fold } from '../../contract/text-match.ts'

/**
 * The identity rules for people: which credited strings name one person, how
 * that person is written, what their id is, and when one name is two people.
 * docs/adr/0010-people.md records the decision and the figures behind each
 * threshold. Everything here is a pure function of a name, or of one name's
 * credits, so resolving does not depend on input order or on other names.
 */

/**
 * Why two spellings are one person, in the order the rules are tried: a merge
 * is reported under the first rule after which the two read the same.
 * - markup: wiki markup left in a string ("Katherine MacDonald]]") is never
 *   part of a name.
 * - quotes: straight, curly, single or double quotes, or none, around a
 *   nickname or in an apostrophe ("Don 'Red' Barry", 'Don "Red" Barry',
 *   "Catherine O’Hara") are a typing habit, not a different person.
 * - suffix-comma: "Lon Chaney, Jr." and "Lon Chaney Jr" are "Lon Chaney
 *   Jr.": the comma and the period are style; the suffix itself stays.
 * - case: "ZaSu Pitts", "Zasu Pitts"; the lists' editors do not agree on
 *   intercaps (DeVine, MacDonald, LaKeith).
 * - diacritics: "Renée Adorée", "Renee Adoree"; accents are dropped by many
 *   keyboards and scrapers, and no two people in the lists are told apart by
 *   an accent alone.
 * - punctuation: spaces between initials, hyphens for spaces, a stray final
 *   period ("H. B. Warner", "H.B. Warner", "Brian Doyle-Murray", "Jude
 *   Law."). Every such pair in the lists was checked by hand (ADR 10): all are
 *   one person. It is also the id's rule, so two identities can never share
 *   an id.
 */
export const SPELLING_RULES = [
  'markup',
  'quotes',
  'suffix-comma',
  'case',
  'diacritics',
  'punctuation',
] as const
export type SpellingRule = (typeof SPELLING_RULES)[number]

const MARKUP = /\[\[|\]\]|\{\{|\}\}|[[\]{}|]/g
const QUOTE = /['"‘’‚‛`´′“”„‟″]/g

/** A spelling as it may be shown: no markup, single spaces. */
export function cleanSpelling(text: string): string {
  return text.replace(MARKUP, '').replace(/\s+/g, ' ').trim()
}

/** Quotes become one kind; those around a word (a nickname) go, an apostrophe inside a word stays. */
const unquote = (text: string) =>
  text
    .replace(QUOTE, "'")
    .replace(/(^|\s)'+|'+(?=\s|$)/g, '$1')
    .replace(/\s+/g, ' ')
const unsuffix = (text: string) => text.replace(/,?\s+(Jr|Sr)\b\.?/gi, ' $1.')
const lower = (text: string) => text.toLowerCase()
const unaccent = (text: string) =>
  [...text].map((ch) => (/\p{L}/u.test(ch) ? fold(ch).text : ch)).join('')

const STAGES: ReadonlyArray<readonly [SpellingRule, (text: string) => string]> = [
  ['markup', cleanSpelling],
  ['quotes', unquote],
  ['suffix-comma', unsuffix],
  ['case', lower],
  ['diacritics', unaccent],
  ['punctuation', (text) => nameSlug(text)],
]

/**
 * A name as lower-case ASCII words joined by hyphens: the identity and the
 * id's readable part. "Lon Chaney, Jr." and "Lon Chaney Jr." give
 * "lon-chaney-jr"; "Lon Chaney" gives "lon-chaney" (Jr. and Sr. are part of a
 * name: father and son are two people).
 */
export const nameSlug = (name: string) => slugWords(cleanSpelling(name), 60)

/**
 * The identity of a credit: its name's slug, and the Wikipedia disambiguator
 * when it has one, so "Harry Carter (actor)" is never merged with "Harry
 * Carter" (Wikipedia tells the two articles apart; the plain string may be
 * either, or someone else). A name with no Latin letters or digits keeps its
 * folded letters, so two such names are never one person.
 */
export function personKey(actor: string, disambiguator: string | null): string {
  const slug = slugOf(actor)
  return disambiguator ? `${slug}|${slugWords(disambiguator, 30)}` : slug
}

// Each distinct string is slugged once: the lists repeat a name five times on average.
const slugs = new Map<string, string>()
function slugOf(actor: string): string {
  let slug = slugs.get(actor)
  if (slug === undefined) {
    slug = nameSlug(actor) || `~${fold(cleanSpelling(actor)).text.replace(/\s+/g, ' ')}`
    slugs.set(actor, slug)
  }
  return slug
}

/** The first rule under which two spellings of one key read the same. */
export function spellingRule(a: string, b: string): SpellingRule {
  let left = a
  let right = b
  for (const [rule, apply] of STAGES) {
    left = apply(left)
    right = apply(right)
    if (left === right) return rule
  }
  return 'punctuation'
}

// Letters beyond ASCII: "é" and "ł" alike (ł has no combining mark to count).
const accents = (text: string) => (text.match(/(?=\p{L})\P{ASCII}/gu) ?? []).length
const capitals = (text: string) => (text.match(/\p{Lu}/gu) ?? []).length

/**
 * How a person is written: the spelling most credits use, as the lists' many
 * editors agree on it. Ties go to the accented form (accents are lost by
 * typing, rarely added), then to the one with more capitals (intercaps such
 * as "LaTanya" are deliberate; lowering them is the usual slip), then to
 * code-point order, so the choice never depends on input order.
 */
export function displayName(counts: ReadonlyMap<string, number>): string {
  const ranked = [...counts].sort(
    ([a, m], [b, n]) =>
      n - m || accents(b) - accents(a) || capitals(b) - capitals(a) || (a < b ? -1 : a > b ? 1 : 0),
  )
  return ranked[0]?.[0] ?? ''
}

/**
 * The id: the name's slug, then the disambiguator's words
 * ("harry-carter-actor"). It comes from the identity alone, never from the
 * chosen spelling, so it holds when a new spelling becomes the most frequent.
 * A name with no Latin letters or digits gets a hash of its letters.
 */
export function personIdBase(key: string): string {
  const [slug = '', disambiguator = ''] = key.split('|')
  const base = slug.startsWith('~') ? `person-${hash(slug)}` : slug
  return disambiguator ? `${base}-${disambiguator}` : base
}

/** FNV-1a, 32 bits, as 8 hex digits: short, stable across runs and platforms. */
function hash(text: string): string {
  let h = 0x811c9dc5
  for (const ch of text) {
    h ^= ch.codePointAt(0) as number
    h = Math.imul(h, 0x01000193) >>> 0
  }
  return h.toString(16).padStart(8, '0')
}

// ---- Namesakes: one string, two people ---------------------------------------

/**
 * A name is two people when its credits leave a hole of at least
 * NAMESAKE_GAP years and span more than CAREER_SPAN years in all. The gap
 * alone is not enough: 314 names have a hole of 25 years, most inside a career
 * that fits one life (comebacks: Mae West, Ruth Gordon, Charlie Chaplin).
 * More than 60 years is beyond almost every career in the lists, and is also
 * the bar for review; with both, the rule finds 31 names, of which
 * 22 are namesakes (Harrison Ford 1917–1928 and 1968–, Kenny Baker, Jason
 * Robards Sr. as "Jason Robards" in 1929) and the rest are kept whole by
 * ONE_PERSON below.
 */
export const NAMESAKE_GAP = 25
export const CAREER_SPAN = 60

/** What the rule would split, kept whole after review, with the reason (ADR 10 lists the checks). */
export const ONE_PERSON: ReadonlyMap<string, string> = new Map([
  ['norman-lloyd', 'acted from 1939 to 2015; the lists name only two of his films'],
  ['rita-moreno', 'the same actress from West Side Story (1961) to Fast X (2023)'],
  ['gloria-stuart', 'the 1930s star came back in the 1970s and played old Rose in Titanic'],
  ['agnes-moorehead', "Bewitched (2005) lists the series' cast, hers too, in archive footage"],
  ['ronald-reagan', 'the 2010 films use archive footage of him'],
  [
    'sidney-blackmer',
    'Game Change (2012) lists archive footage of real people; no other actor of this rare name is known',
  ],
  ['valentina-cortese', 'Le Amiche (2010) is the 1955 film, listed when released in the US'],
  [
    'gigi-perreau',
    'a rare name: a late voice part in Fly Me to the Moon (2008) is likelier than a namesake (not verified)',
  ],
  [
    'ford-sterling',
    'The Shadow of Chikara (1977) lists a 1920s cast (Betty Bronson, Louise Dresser): a slip in the list, not a namesake',
  ],
])

export interface CreditedFilm {
  readonly film: string
  readonly year: number
  readonly title: string
  readonly documentary: boolean
}

// Re-releases repeat a film's original cast under a new year ("The Wizard of
// Oz 3D", 2013; "Transformers … Re-released in 3-D").
const RERELEASE = /\b3-?D\b|\bre-?releas|\bIMAX\b/i
const titleKeys = new Map<string, string>()
/** Titles compared as folded words; memoised, as every credit's films are compared pairwise. */
function titleKey(title: string): string {
  let key = titleKeys.get(title)
  if (key === undefined) {
    key = fold(title).text.replace(/\s+/g, ' ').trim()
    titleKeys.set(title, key)
  }
  return key
}

/** True when `title` repeats or extends `earlier`: "The Wizard of Oz 3D" and "The Wizard of Oz". */
function repeats(title: string, earlier: string): boolean {
  const own = titleKey(title)
  const other = titleKey(earlier)
  return own === other || own.startsWith(`${other} `)
}

/**
 * Credits that say nothing about when a person worked, so they never open or
 * close an era: a documentary (often archive footage of the long dead), a
 * re-release, or a film whose title repeats or extends the title of an
 * earlier film of the same name (a re-release or a remake with the original
 * star, as Titanic 3D and West Side Story, 2021, are).
 */
export function isEcho(film: CreditedFilm, films: readonly CreditedFilm[]): boolean {
  if (film.documentary || RERELEASE.test(film.title)) return true
  return films.some((other) => other.year < film.year && repeats(film.title, other.title))
}

/** The earliest earlier film whose title this echo repeats, if any: its era is the echo's. */
export function echoOf(film: CreditedFilm, films: readonly CreditedFilm[]): CreditedFilm | null {
  const repeated = films.filter(
    (other) => other.year < film.year && repeats(film.title, other.title),
  )
  return repeated.sort((a, b) => a.year - b.year)[0] ?? null
}

/**
 * Where the rule splits a name's credits into eras, by its career years (the
 * credits that are not echoes): each entry is the first year of a new era.
 * Empty when the name is one person.
 */
export function namesakeGaps(careerYears: readonly number[]): number[] {
  const years = [...new Set(careerYears)].sort((a, b) => a - b)
  const first = years[0]
  const last = years.at(-1)
  if (first === undefined || last === undefined || last - first <= CAREER_SPAN) return []
  return years.filter((year, i) => i > 0 && year - (years[i - 1] as number) >= NAMESAKE_GAP)
}

/** Why a name the rule would split is one person, when review said so. */
export const keptWhole = (key: string): string | undefined =>
  key.includes('|') ? undefined : ONE_PERSON.get(key)

/**
 * A later era's id: the name's id and the decade its first credit falls in
 * ("harrison-ford-1960s"). The earliest era keeps the plain id, so a
 * namesake who turns up in new films never moves the person already there;
 * a decade moves only if an earlier credit is added to that era across a
 * decade's start, which the first year ("-1968") would do at any earlier
 * credit.
 */
export const eraId = (base: string, firstYear: number) =>
  `${base}-${Math.floor(firstYear / 10) * 10}s`

/** How people of one name are told apart on screen: "1917–1928", or "1917". */
export const yearsLabel = (first: number, last: number) =>
  first === last ? String(first) : `${first}–${last}`

// ---- A son credited under his father's name ------------------------------------

/**
 * "Lon Chaney" credited in 1944, 1945 and 1956, fourteen years after his
 * last film of 1930: the credits after a hole of JR_GAP years that all fall
 * inside "Lon Chaney Jr."'s career, which began after the plain name's, are
 * the son's. Ten years is short for the namesake rule's bar (a comeback), but
 * a Jr. credited in those very years is the evidence that rule lacks.
 */
export const JR_GAP = 10
/** The fewest films after the hole that move: one late film is as likely a comeback. */
export const JR_FILMS = 2

/** The year from which a plain name's career credits (a year per film) are its Jr.'s, or null. */
export function juniorFrom(
  careerYears: readonly number[],
  junior: { readonly first: number; readonly last: number },
): number | null {
  const years = [...new Set(careerYears)].sort((a, b) => a - b)
  const first = years[0]
  const last = years.at(-1)
  if (first === undefined || last === undefined || first >= junior.first || last > junior.last)
    return null
  const start = years.find(
    (year, i) => i > 0 && year - (years[i - 1] as number) >= JR_GAP && year >= junior.first,
  )
  // One late film can be a cameo of the father (Desi Arnaz in The Escape Artist, 1982).
  const later = careerYears.filter((year) => start !== undefined && year >= start).length
  return start !== undefined && later >= JR_FILMS ? start : null
}

/**
 * Namesakes the dates cannot tell, split after review, each with the year
 * the later person's credits begin and the reason. A date rule that split
 * these (a hole of 20 years in 60, or of 40 years in any span) would split
 * more people who came back than it fixes: ADR 10 lists the names it found.
 */
export const PINNED_SPLITS: ReadonlyMap<
  string,
  { readonly from: number; readonly reason: string }
> = new Map([
  [
    'james-mason',
    {
      from: 1929,
      reason: 'the British actor was born in 1909; the 1923 and 1928 films are an older namesake’s',
    },
  ],
  [
    'robert-walker',
    {
      from: 1944,
      reason:
        'the actor of Strangers on a Train was born in 1918; the 1917–1925 films are an older namesake’s',
    },
  ],
  [
    'alan-dale',
    {
      from: 1990,
      reason: "the singer of Don't Knock the Rock (1956) is not the actor born in 1947",
    },
  ],
])

// ---- Groups ------------------------------------------------------------------

// A word after the first that names a group ("Marx Brothers", "East Side Kids",
// "Chicago Symphony Orchestra", "Blind Boys of Alabama").
const GROUP_WORD =
  /\s(?:Brothers|Sisters|Kids|Boys|Girls|Stooges|Gang|Orchestra|Band|Family|Trio|Quartet|Quintet|Singers|Choir|Comets|Men|Dolls)\b/
// Two single names joined: a double act or a pair of characters ("Laurel and
// Hardy", "Tom and Jerry", "Simon & Garfunkel"); twins who share a surname
// were split into two people before (cast-strings.ts).
const DOUBLE_ACT = /^\p{Lu}[\p{L}'.-]* (?:and|&) \p{Lu}[\p{L}'.-]*$/u
// A leader and their band ("Bill Haley & His Comets", "Sly and the Family Stone").
const WITH_BAND = / (?:and|&) (?:his|her|their|the) /i
// "The Monkees", "The Rolling Stones", "The B-52's": "The" and a plural.
const THE_PLURAL = /^The (?:\S+ )*\S+s$/

/** True when a credited name is a group, a double act or a band, not one person. */
export const isGroup = (name: string) =>
  GROUP_WORD.test(name) || DOUBLE_ACT.test(name) || WITH_BAND.test(name) || THE_PLURAL.test(name)

/**
 * A list title as a fan should read it. Two rules, each a pure function of
 * the row's title and article (`href`), so the build reports what each did.
 *
 * 1. Markers. Wikipedia's lists put a footnote ("The Welcome Burglar[1]") or
 *    a link to another language's article ("Fly by Night [fr]") after some
 *    titles; the scraper kept them. Only a marker at the end is one: digits,
 *    or a language code of two or three lower-case letters, in square
 *    brackets. No title in the lists has a square bracket of its own (2023).
 *
 * 2. Case. Where the row's article title differs from the list's title in
 *    case alone ("A Star is Born" (1976), article "A Star Is Born"), the
 *    title shown is the one whose words follow English title case as
 *    Wikipedia writes it (every word capitalised but articles, short
 *    conjunctions and prepositions of four letters or fewer, first and last
 *    words always): the lists are typed by hand, and the same film is spelt
 *    both ways in them; article names follow the style more often, but some
 *    links go to redirects that do not ("Tom thumb", "This Woman is Mine"),
 *    so neither source wins always. On a tie the list's title stays. Where
 *    they differ in punctuation ("M*A*S*H", article "MASH"), the list's
 *    title stays: an article's name is bound by Wikipedia's naming rules,
 *    which drop characters a title has, and such a pair is reported for
 *    review, not changed.
 */

const MARKER = /[\s\u00a0]*\[(?:\d+|[a-z]{2,3})\]$/

/** The title without its trailing footnote and language markers. */
export function stripTitleMarkers(title: string): string {
  let text = title
  while (MARKER.test(text)) text = text.replace(MARKER, '')
  return text.trim()
}

/** Words Wikipedia's title case leaves in lower case, unless first or last. */
const MINOR = new Set(
  (
    'a an the and but or nor for so yet as at by in of off on per to up via ' +
    'with from into onto over upon than till vs'
  ).split(' '),
)

/** How many words of `title` are capitalised as title case has them. */
function titleCaseScore(title: string): number {
  const words = title.split(/\s+/).filter((word) => /\p{L}/u.test(word))
  return words.reduce((score, word, index) => {
    const letter = /\p{L}/u.exec(word)?.[0] ?? ''
    const bare = word.toLowerCase().replace(/[^\p{L}']/gu, '')
    const minor = index > 0 && index < words.length - 1 && MINOR.has(bare)
    const upper = letter !== letter.toLowerCase()
    return score + (upper === !minor ? 1 : 0)
  }, 0)
}

/** The article's name from a list `href`: "A_Star_Is_Born_(1976_film)" is "A Star Is Born". */
export function articleNames(href: string): string[] {
  let name = href.replace(/_/g, ' ')
  try {
    name = decodeURIComponent(name)
  } catch {
    // A malformed escape is kept as written.
  }
  const bare = name.replace(/\s*\([^()]*\)$/, '')
  return bare !== name && bare !== '' ? [name, bare] : [name]
}

const letters = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '')

export type TitleCaseChoice =
  | { readonly kind: 'same' }
  | { readonly kind: 'case'; readonly article: string; readonly title: string }
  | { readonly kind: 'punctuation'; readonly article: string }

/**
 * MediaWiki capitalises the first letter of every article name, so that
 * letter says nothing of the title's case: "eXistenZ" and "xXx" keep theirs.
 */
const firstLetterAs = (name: string, title: string) =>
  name.slice(0, 1).toLowerCase() === title.slice(0, 1).toLowerCase()
    ? title.slice(0, 1) + name.slice(1)
    : name

/** Which title to show, against the row's article (see rule 2 above). */
export function chooseTitleCase(title: string, href: string | null): TitleCaseChoice {
  if (href === null) return { kind: 'same' }
  const names = articleNames(href).map((name) => firstLetterAs(name, title))
  if (names.includes(title)) return { kind: 'same' }
  const cased = names.find((name) => name.toLowerCase() === title.toLowerCase())
  if (cased !== undefined)
    return {
      kind: 'case',
      article: cased,
      title: titleCaseScore(cased) > titleCaseScore(title) ? cased : title,
    }
  const punctuated = names.find((name) => letters(name) === letters(title) && letters(name) !== '')
  return punctuated === undefined ? { kind: 'same' } : { kind: 'punctuation', article: punctuated }
}

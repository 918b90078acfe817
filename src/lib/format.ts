/** Display formatting in one place, so every view writes numbers and dates alike. */

/**
 * What goes between a title and its year, and the year: " " and "(1985)",
 * for every title. A title that ends in brackets gets the same ("(Untitled)
 * (2009)"), so every film is headed alike and the year is always the last
 * pair. What tells a film from another of its title and year follows the
 * year ("(1915, Cecil B. DeMille)"), or stands alone where the view shows the
 * year apart (null).
 */
export function formatYearAfter(
  year: number | null,
  distinction?: string,
): [between: string, year: string] {
  const after = [year, distinction].filter((part) => part != null).join(', ')
  return after ? [' ', `(${after})`] : ['', '']
}

/**
 * "Mask (1985)", "(Untitled) (2009)", "Carmen (1915, Cecil B. DeMille)":
 * wherever a title meets its year. With no year, the title and what tells it
 * apart, if anything: "Carmen (Cecil B. DeMille)".
 */
export function formatFilmLabel(title: string, year: number | null, distinction?: string): string {
  return title + formatYearAfter(year, distinction).join('')
}

/** "Cast · Mask (1985)": the section first, so tabs in a browser stay tellable apart. */
export function formatPageTitle(section: string, filmLabel?: string): string {
  return filmLabel ? `${section} · ${filmLabel}` : `${section} · Film Explorer`
}

/**
 * "10,000". Grouped by hand rather than with toLocaleString: the first Intl
 * call loads locale data, about 9 ms on a cold page, and counts are on every
 * route's first render.
 */
export function formatCount(value: number): string {
  const [whole = '', fraction] = String(value).split('.')
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  return fraction === undefined ? grouped : `${grouped}.${fraction}`
}

export function formatScore(value: number, max: number): string {
  // A ten-point scale reads with one decimal ("7.0"); a five-star one without a
  // trailing zero ("4.5", "4").
  const digits = max === 10 ? 1 : Number.isInteger(value) ? 0 : 1
  return value.toFixed(digits)
}

export function plural(count: number, one: string, many: string): string {
  return `${formatCount(count)} ${count === 1 ? one : many}`
}

/**
 * Text as one line of at most `max` characters, for a page's meta
 * description: search results and link previews show one line and cut it
 * off mid-word themselves, so whitespace runs (paragraph breaks included)
 * become one space, and long text ends at a word with an ellipsis.
 */
export function formatOneLine(text: string, max = 160): string {
  const line = text.replace(/\s+/g, ' ').trim()
  if (line.length <= max) return line
  // The last space that leaves room for the ellipsis; a word longer than
  // the line is cut inside.
  const space = line.lastIndexOf(' ', max - 1)
  const cut = line.slice(0, space > 0 ? space : max - 1)
  return `${cut.replace(/[,;:–—-]+$/, '')}…`
}

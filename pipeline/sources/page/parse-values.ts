/**
 * Readers for the values of `Label: value` lines. Each returns null for a
 * value it cannot read; the caller records that as a warning with the line.
 */

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
]

function isoDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day))
  if (
    date.getUTCFullYear() !== year ||
    date.getUTCMonth() !== month - 1 ||
    date.getUTCDate() !== day
  ) {
    return null // 31 February and the like
  }
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

const monthNumber = (name: string) => MONTHS.indexOf(name.toLowerCase()) + 1

/** "8 March 1985", "March 8, 1985" or "March 8th, 1985", optionally "(Portugal)" after it. */
export function parseDate(value: string): { date: string; country: string | null } | null {
  const match =
    /^(?<day>\d{1,2}) (?<month>[A-Za-z]+) (?<year>\d{4})(?:\s*\((?<country>[^()]+)\))?$/.exec(
      value,
    ) ??
    /^(?<month>[A-Za-z]+) (?<day>\d{1,2})(?:st|nd|rd|th)?, (?<year>\d{4})(?:\s*\((?<country>[^()]+)\))?$/.exec(
      value,
    )
  const groups = match?.groups
  if (!groups) return null
  const month = monthNumber(groups.month ?? '')
  if (month === 0) return null
  const date = isoDate(Number(groups.year), month, Number(groups.day))
  return date ? { date, country: groups.country?.trim() || null } : null
}

/** "7.0/10 (12,168 voted)"; the vote count may be missing. */
export function parseRating(value: string) {
  const match = /^(\d+(?:\.\d+)?)\s*\/\s*(\d+(?:\.\d+)?)(?:\s*\(([\d,]+)\s+votes?d?\))?$/.exec(
    value,
  )
  if (!match) return null
  const rating = {
    value: Number(match[1]),
    max: Number(match[2]),
    votes: match[3] === undefined ? null : Number(match[3].replace(/,/g, '')),
  }
  return rating.max >= 1 && rating.value <= rating.max ? rating : null
}

const CURRENCY_SYMBOLS: Readonly<Record<string, string>> = {
  $: 'USD',
  '£': 'GBP',
  '€': 'EUR',
  '¥': 'JPY',
}

/** "$42,400,000 (USA)", "£1,200", "EUR 3,000,000 (France)". */
export function parseGross(value: string) {
  const match = /^(?:([$£€¥])\s?|([A-Z]{3})\s)([\d,]+)(?:\.\d+)?(?:\s*\(([^()]+)\))?$/.exec(value)
  if (!match) return null
  const currency = match[1] ? CURRENCY_SYMBOLS[match[1]] : match[2]
  const amount = Number((match[3] ?? '').replace(/,/g, ''))
  if (!currency || !Number.isSafeInteger(amount)) return null
  return { amount, currency, region: match[4]?.trim() || null }
}

const ESTIMATED = /\s*\(estimated\)$/i

/**
 * "$7,500,000 (estimated)": money as in a gross, but what the brackets may say
 * is only that it is an estimate (a budget has no region).
 */
export function parseBudget(value: string) {
  const money = parseGross(value.replace(ESTIMATED, ''))
  if (!money || money.region !== null) return null
  return { amount: money.amount, currency: money.currency, estimated: ESTIMATED.test(value) }
}

/**
 * Several values in one field: "Cher, Eric Stoltz", "USA · UK", "Dolby | DTS",
 * the separators film pages use. Empty entries are dropped. Titles pass their
 * own separators, as a title may hold a comma ("Goodbye, Mr. Chips").
 */
export function parseList(value: string, separators = /[,·|]/): string[] {
  return value
    .split(separators)
    .map((item) => item.trim())
    .filter((item) => item !== '')
}

/** "1.85 : 1" or "2.39:1", written as "2.39 : 1"; null for anything else. */
export function parseAspectRatio(value: string): string | null {
  const match = /^(\d{1,2}(?:\.\d{1,3})?)\s*:\s*1$/.exec(value)
  return match ? `${match[1]} : 1` : null
}

interface RuntimeVersion {
  label: string
  minutes: number | null
  note: string | null
}

const MINUTES = /^(\d{1,4})\s*min(?:utes?)?\.?$/i

function parseVersion(part: string): RuntimeVersion | null {
  const match = /^([^:()]+):\s*(?:(\d{1,4})\s*min(?:utes?)?\.?)?\s*(?:\(([^()]+)\))?$/i.exec(part)
  if (!match) return null
  const label = (match[1] ?? '').trim()
  const minutes = match[2] === undefined ? null : Number(match[2])
  const note = match[3]?.trim() || null
  if (label === '' || (minutes === null && note === null)) return null
  return { label, minutes, note }
}

/**
 * "112 min | Portugal: 118 min (director's cut)": the main runtime (empty on
 * some pages) and alternate versions. Parts it cannot read are returned apart.
 */
export function parseRuntime(value: string) {
  const [main = '', ...rest] = value.split('|').map((part) => part.trim())
  const unread: string[] = []
  const versions: RuntimeVersion[] = []
  let minutes: number | null = null
  const mainMatch = MINUTES.exec(main)
  if (mainMatch) minutes = Number(mainMatch[1])
  else if (main !== '') rest.unshift(main) // "Runtime: USA: 95 min" has no main value
  for (const part of rest) {
    const version = parseVersion(part)
    if (version) versions.push(version)
    else if (part !== '') unread.push(part)
  }
  return { runtime: { minutes, versions }, unread }
}

/** The trailing "4.5 out of 5 stars." of a review body. */
export function splitReviewRating(body: string) {
  const match = /\s*(\d+(?:\.\d+)?) out of (\d+) stars?\.?$/i.exec(body)
  if (!match) return { body, rating: null }
  const rating = { value: Number(match[1]), max: Number(match[2]) }
  if (rating.max < 1 || rating.value > rating.max) return { body, rating: null }
  return { body: body.slice(0, match.index).trim(), rating }
}

import { formatCount } from '../../../lib/format.ts'

// Only the overview writes dates and money: kept here, not in src/lib/format.ts,
// so the core every page loads does not carry them.

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]

/**
 * "1985-03-08" as "8 March 1985", as the source pages write dates. By hand,
 * like formatCount (src/lib/format.ts): toLocaleDateString loads the locale's data on its first
 * call, about 100 ms of main thread on a mid-range phone, on the overview's
 * first render.
 */
export function formatIsoDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number)
  return `${day} ${MONTHS[(month ?? 0) - 1] ?? ''} ${year}`
}

// The currencies a film page gives in symbols; any other shows its code.
const CURRENCY_SYMBOLS: Readonly<Record<string, string>> = { USD: '$', GBP: '£', EUR: '€' }

/** "$42,400,000", "FRF 1,000,000": by hand, for the reason formatIsoDate says. */
export function formatMoney(amount: number, currency: string): string {
  const whole = formatCount(Math.round(amount))
  const symbol = CURRENCY_SYMBOLS[currency]
  return symbol ? `${symbol}${whole}` : `${currency} ${whole}`
}

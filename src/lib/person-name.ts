/**
 * How a film fan files a person: by surname, as credits lists, encyclopedias
 * and video shops do. The cast sorts by it now, a people page will too.
 */

// The last word, less generational suffixes (Jr., III), with the particles an
// English-language credit files with it (Dick Van Dyke under V, Benicio del
// Toro under D), but never the first word (Van Johnson files under J).
const SURNAME =
  /(?:(?<=\S\s+)(?:(?:van|von|de|del|della|der|den|di|da|du|la|le|st\.?)\s+)*|(?<=^\s*))[^\s,]+(?=,?(?:\s+(?:jr|sr|jnr|snr|ii|iii|iv)\.?)*\s*$)/i

/**
 * "Harry Carey Jr." gives "Carey", "L. Craig King" "King", "Maria van der
 * Berg" "van der Berg", "Cher" "Cher". A compound surname without a hyphen
 * ("García Bernal") cannot be told from a middle name: it files under its
 * last word.
 */
export const surname = (name: string) => SURNAME.exec(name)?.[0] ?? name

// Made on the first sort by name, not at load: creating a collator loads
// locale data, which the default billing order never needs. Punctuation is
// ignored, as search ignores it: O'Hara files as OHara, between Ogden and Okafor.
let collator: Intl.Collator | undefined
export const compareNames = (a: string, b: string) =>
  (collator ??= new Intl.Collator('en', { numeric: true, ignorePunctuation: true })).compare(a, b)

/**
 * The items by surname, then by full name; items with the same name keep
 * their order (the sort is stable). Each name is read once, not once per
 * comparison.
 */
export function sortBySurname<T>(items: readonly T[], nameOf: (item: T) => string): T[] {
  return items
    .map((item) => [surname(nameOf(item)), nameOf(item), item] as const)
    .sort((a, b) => compareNames(a[0], b[0]) || compareNames(a[1], b[1]))
    .map((keyed) => keyed[2])
}

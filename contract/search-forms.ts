/**
 * The forms fans type for the same word (issue 29): a number as a numeral,
 * a word or a Roman numeral ("9 to 5" is Nine to Five, "rocky 2" Rocky II),
 * and common abbreviations ("sunset blvd"). The index holds every form of
 * each word of a title, so any of them finds it; the query side only turns
 * a lone digit into its word, since a shard needs two letters. Here, not in
 * search-text.ts, so the search route's own script does not carry the table.
 */

const NUMBER_WORDS =
  'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty'.split(
    ' ',
  )
// "I" is a word before it is a numeral: it has no other form.
const ROMAN = 'ii iii iv v vi vii viii ix x xi xii xiii xiv xv xvi xvii xviii xix xx'.split(' ')

const GROUPS: readonly (readonly string[])[] = [
  ...NUMBER_WORDS.map((word, n) => [String(n + 1), word, ...(n ? [ROMAN[n - 1] as string] : [])]),
  ['blvd', 'boulevard'],
  ['st', 'saint', 'street'],
  ['dr', 'doctor'],
  ['mr', 'mister'],
  ['vs', 'versus'],
]

const FORMS = new Map(GROUPS.flatMap((group) => group.map((word) => [word, group] as const)))

/** Every form of a folded word, itself first. */
export function wordForms(word: string): readonly string[] {
  const group = FORMS.get(word)
  return group ? [word, ...group.filter((each) => each !== word)] : [word]
}

/** Every form of each of the words, in order, each once. */
export function allForms(words: readonly string[]): string[] {
  return [...new Set(words.flatMap(wordForms))]
}

/** A query word as it is looked up: a lone digit as its word ("9" is "nine"). */
export function queryForm(word: string): string {
  return /^\d$/u.test(word) ? (FORMS.get(word)?.[1] ?? word) : word
}

/**
 * The key under which films share a title: accents, case, punctuation and a
 * trailing ", The" aside, and a "(1937)" the list left in the title dropped,
 * so "A Star Is Born" and "A Star is Born" are one title.
 */
export function titleKey(title: string): string {
  let key = title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\s*\(\d{4}\)\s*$/, '')
  const moved = /^(.*), (the|a|an)$/.exec(key)
  if (moved) key = `${moved[2]} ${moved[1]}`
  return key
    .replace(/&/g, ' and ')
    .replace(/['’‘`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

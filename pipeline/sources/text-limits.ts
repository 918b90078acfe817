/**
 * The longest text the build writes in each kind of field. A value over its
 * limit is never written whole: one 10 MB title made a 10.5 MB film file, a
 * 10 MB catalog page and a 21 MB search shard, and the app refuses files over
 * 12 MB. The limits are generous for the real data (its maxima, measured on
 * the decade lists: a title of 364 characters, the Naked Gun title with the
 * CSS of Wikipedia's fraction template in it; a cast string of 69; a genre of
 * 15; an article path of 84), so only a broken or hostile source meets them.
 */
export const TEXT_LIMITS = {
  /** A film's title, a page's title in data/films.json. */
  title: 500,
  /** One cast string of a list, a name, a character, a note, a genre: one line of text. */
  name: 300,
  /** A Wikipedia article path; Wikipedia allows 255 bytes, percent-encoding triples them. */
  href: 800,
  /** A paragraph: a logline, a storyline paragraph, a trivia item, a review. */
  prose: 20_000,
} as const

/** Film fields, by key, that hold prose; every other string is held to `name` (`title` to `title`). */
const PROSE_KEYS = new Set(['logline', 'storyline', 'text', 'body', 'headline', 'warnings'])

export function limitFor(key: string): number {
  if (key === 'title') return TEXT_LIMITS.title
  if (key === 'wikipedia') return TEXT_LIMITS.href
  return PROSE_KEYS.has(key) ? TEXT_LIMITS.prose : TEXT_LIMITS.name
}

export interface Cut {
  /** Where the value sits in the film, e.g. `cast.3.actor`. */
  readonly path: string
  readonly length: number
  readonly limit: number
}

/**
 * `value` with every string over its field's limit cut to the limit, and the
 * cuts made. Walks any plain JSON data; a string in an array takes the limit
 * of the array's key.
 */
export function cutLongText<T>(value: T): { value: T; cuts: Cut[] } {
  const cuts: Cut[] = []
  const walk = (node: unknown, key: string, path: string): unknown => {
    if (typeof node === 'string') {
      const limit = limitFor(key)
      if (node.length <= limit) return node
      cuts.push({ path, length: node.length, limit })
      // Cut on a code point, not between the halves of a surrogate pair.
      return node.slice(0, limit).replace(/[\uD800-\uDBFF]$/, '')
    }
    if (Array.isArray(node)) return node.map((item, i) => walk(item, key, `${path}.${i}`))
    if (node !== null && typeof node === 'object')
      return Object.fromEntries(
        Object.entries(node).map(([k, v]) => [k, walk(v, k, path ? `${path}.${k}` : k)]),
      )
    return node
  }
  return { value: walk(value, '', '') as T, cuts }
}

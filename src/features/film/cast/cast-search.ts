import type { CastCredit } from '../../../../contract/film-schema.ts'
import { compareNames, sortBySurname } from '../../../lib/person-name.ts'
import { fold, matchesAll, tokenize, type FoldedText } from '../../../../contract/text-match.ts'
import type { CastSort } from './cast-params.ts'

export interface IndexedCredit {
  readonly credit: CastCredit
  /** 1-based position in the credits, as billed. */
  readonly billing: number
}

interface CastIndex {
  readonly byBilling: readonly IndexedCredit[]
  readonly sorted: Map<CastSort, readonly IndexedCredit[]>
  /** Recent results per sort and folded query, newest last. */
  readonly recent: Map<string, readonly IndexedCredit[]>
}

/** Enough to step back through a typed query with Backspace. */
const RECENT_QUERIES = 64

// Orderings are computed once per film (the cast array's identity is stable
// while the query cache holds the film), folded search text once per credit,
// and only when first needed: the first render of a long cast folds nothing.
const indexes = new WeakMap<readonly CastCredit[], CastIndex>()
const folded = new WeakMap<CastCredit, readonly FoldedText[]>()

function searchFields(credit: CastCredit): readonly FoldedText[] {
  let fields = folded.get(credit)
  if (!fields) {
    fields = [fold(credit.actor), fold(credit.character ?? ''), fold(credit.note ?? '')]
    folded.set(credit, fields)
  }
  return fields
}

function indexFor(cast: readonly CastCredit[]): CastIndex {
  let index = indexes.get(cast)
  if (!index) {
    const byBilling = cast.map((credit, i) => ({ credit, billing: i + 1 }))
    index = { byBilling, sorted: new Map([['billing', byBilling]]), recent: new Map() }
    indexes.set(cast, index)
  }
  return index
}

function sortedBy(index: CastIndex, sort: CastSort): readonly IndexedCredit[] {
  let list = index.sorted.get(sort)
  if (!list) {
    list =
      sort === 'actor'
        ? sortBySurname(index.byBilling, (entry) => entry.credit.actor)
        : // Credits with no character sort last; ties keep billing order (stable sort).
          [...index.byBilling].sort((a, b) => {
            const ka = a.credit.character
            const kb = b.credit.character
            return ka && kb ? compareNames(ka, kb) : Number(!ka) - Number(!kb)
          })
    index.sorted.set(sort, list)
  }
  return list
}

export interface CastSearchResult {
  readonly results: readonly IndexedCredit[]
  /** Folded query words, for highlighting. */
  readonly tokens: readonly string[]
}

/**
 * Credits matching every word of `q` (actor, character or credit note), in
 * the chosen order. Typing forward narrows the results of the query before
 * (every credit matching "zoe" matches "zo"), and Backspace finds a query it
 * has just seen: each keystroke on a long cast touches as few credits as it can.
 */
export function searchCast(
  cast: readonly CastCredit[],
  { q, sort }: { readonly q: string; readonly sort: CastSort },
): CastSearchResult {
  const tokens = tokenize(q)
  const index = indexFor(cast)
  const list = sortedBy(index, sort)
  if (tokens.length === 0) return { results: list, tokens }

  const key = `${sort}\u0000${tokens.join(' ')}`
  let results = index.recent.get(key)
  if (!results) {
    let base = list
    let longest = -1
    for (const [seenKey, seen] of index.recent) {
      // A one-letter word matches only word starts, a longer one anywhere:
      // "r" then "ri" widens (Lorrie), so "r"'s results cannot be narrowed.
      const widens = /[\0 ].$/.test(seenKey) && key[seenKey.length] !== ' '
      if (key.startsWith(seenKey) && seenKey.length > longest && !widens) {
        base = seen
        longest = seenKey.length
      }
    }
    results = base.filter((entry) => matchesAll(searchFields(entry.credit), tokens))
  }
  index.recent.delete(key)
  index.recent.set(key, results)
  if (index.recent.size > RECENT_QUERIES) {
    index.recent.delete(index.recent.keys().next().value as string)
  }
  return { results, tokens }
}

/**
 * Folds the cast's search text ahead of the first keystroke: called when the
 * reader moves into the toolbar, so the keystroke itself does not pay for a
 * long cast's folding, and a reader who never searches pays nothing.
 */
export function warmSearchIndex(cast: readonly CastCredit[]) {
  for (const credit of cast) searchFields(credit)
}

import type { CastCredit } from '../../data/film-schema.ts'
import { fold, matchesAll, tokenize, type FoldedText } from '../../lib/text-match.ts'
import type { CastSort } from './cast-params.ts'

export interface IndexedCredit {
  readonly credit: CastCredit
  /** 1-based position in the credits, as billed. */
  readonly billing: number
  /** Folded actor, character and credit note, matched against the query. */
  readonly fields: readonly FoldedText[]
}

interface CastIndex {
  readonly byBilling: readonly IndexedCredit[]
  readonly sorted: Map<CastSort, readonly IndexedCredit[]>
}

// Folding and sorting cost more than filtering; do them once per film (the
// cast array's identity is stable while the query cache holds the film).
const indexes = new WeakMap<readonly CastCredit[], CastIndex>()
const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true })

function indexFor(cast: readonly CastCredit[]): CastIndex {
  let index = indexes.get(cast)
  if (!index) {
    const byBilling = cast.map((credit, i) => ({
      credit,
      billing: i + 1,
      fields: [fold(credit.actor), fold(credit.character ?? ''), fold(credit.note ?? '')],
    }))
    index = { byBilling, sorted: new Map([['billing', byBilling]]) }
    indexes.set(cast, index)
  }
  return index
}

function sortedBy(index: CastIndex, sort: CastSort): readonly IndexedCredit[] {
  let list = index.sorted.get(sort)
  if (!list) {
    const key = (entry: IndexedCredit) =>
      sort === 'actor' ? entry.credit.actor : (entry.credit.character ?? '')
    // Credits with no character sort last; ties keep billing order (stable sort).
    list = [...index.byBilling].sort((a, b) => {
      const ka = key(a)
      const kb = key(b)
      if (ka === '' || kb === '') return Number(ka === '') - Number(kb === '')
      return collator.compare(ka, kb)
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

/** Credits matching every word of `q` (actor, character or credit note), in the chosen order. */
export function searchCast(
  cast: readonly CastCredit[],
  { q, sort }: { readonly q: string; readonly sort: CastSort },
): CastSearchResult {
  const tokens = tokenize(q)
  const list = sortedBy(indexFor(cast), sort)
  const results = tokens.length === 0 ? list : list.filter((e) => matchesAll(e.fields, tokens))
  return { results, tokens }
}

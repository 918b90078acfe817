/**
 * Items by key, each group in the items' order, an item under each of its
 * keys. A group grows by a push: building it anew for each item, as
 * `[...(map.get(key) ?? []), item]` does, is quadratic in the group's size:
 * at ten times the catalog, a decade's tens of thousands of films kept
 * paginate (5 s at 1×) going for 18 minutes before it was stopped
 * (docs/adr/0019-ten-times-the-catalog.md).
 */
export function groupBy<T, K>(items: Iterable<T>, keysOf: (item: T) => Iterable<K>): Map<K, T[]> {
  const groups = new Map<K, T[]>()
  for (const item of items)
    for (const key of keysOf(item)) {
      const group = groups.get(key)
      if (group) group.push(item)
      else groups.set(key, [item])
    }
  return groups
}

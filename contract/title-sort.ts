/**
 * A title as the catalog files it: from its first letter or digit, so
 * "...All the Marbles" files under A, "'Gator Bait" under G and "-30-" with
 * the numbers, where a reader looks for them, not in a heap of punctuation
 * before "A". The pipeline sorts and letters the catalog's pages by it.
 */
export function titleSortKey(title: string): string {
  // A title of punctuation alone keeps it: it must still sort somewhere.
  return title.replace(/^[^\p{L}\p{N}]+/u, '') || title
}

/**
 * The page numbers a pager shows for `page` of `pages`: the first and the
 * last, the current one and its neighbours, and null where a run of numbers
 * is left out. A gap of one number shows the number, which takes no more
 * room than the ellipsis would.
 */
export function pageNumbers(page: number, pages: number): Array<number | null> {
  const numbers: Array<number | null> = []
  let shown = 0
  // In order already: each is at least the one before, once out of range ones are skipped.
  for (const n of [1, page - 1, page, page + 1, pages]) {
    if (n <= shown || n > pages) continue
    if (n - shown === 2) numbers.push(n - 1)
    else if (n - shown > 2) numbers.push(null)
    numbers.push((shown = n))
  }
  return numbers
}

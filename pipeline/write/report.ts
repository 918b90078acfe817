/**
 * What the pipeline saw but could not place, and what it repaired: every item
 * names its source and a reason code, so nothing is dropped in silence and the
 * build can print counts by reason.
 */

/** Where an item came from: a list file and line, or a film already built. */
export interface ReportSource {
  readonly file: string
  /** 1-based line in the file, where the step knows it. */
  readonly line?: number
  /** 0-based position of the entry in the file's array. */
  readonly index?: number
  readonly film?: string
  /** The person the item concerns, for spellings merged, namesakes split and careers to review. */
  readonly person?: string
}

export interface ReportItem {
  /**
   * `unplaced`: kept out of the data; `repaired`: placed after a fix;
   * `review`: placed as it is, for a person to check; `fatal`: fails the build.
   */
  readonly kind: 'unplaced' | 'repaired' | 'review' | 'fatal'
  readonly reason: string
  readonly source: ReportSource
  /** The text in question, as the source gave it. */
  readonly text: string
  /** What the step made of it, when the reason alone does not say: "one person with ZaSu Pitts". */
  readonly detail?: string
}

/** Counts of items by kind and reason, reasons sorted by count then name. */
export function countByReason(
  items: readonly ReportItem[],
  kind: ReportItem['kind'],
): Array<[reason: string, count: number]> {
  const counts = new Map<string, number>()
  for (const item of items) {
    if (item.kind === kind) counts.set(item.reason, (counts.get(item.reason) ?? 0) + 1)
  }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
}

const KINDS: ReadonlyArray<ReportItem['kind']> = ['fatal', 'unplaced', 'repaired', 'review']

/**
 * The report in a fixed order, whatever order the steps and sources came in:
 * by kind, reason, file, film, person, then line and text. Only the line
 * numbers then depend on where an entry sits in its file.
 */
export function sortReport(items: readonly ReportItem[]): ReportItem[] {
  const text = (item: ReportItem) =>
    [item.reason, item.source.file, item.source.film ?? '', item.source.person ?? ''].join('\u0000')
  return [...items].sort((a, b) => {
    const x = text(a)
    const y = text(b)
    return (
      KINDS.indexOf(a.kind) - KINDS.indexOf(b.kind) ||
      (x < y ? -1 : x > y ? 1 : 0) ||
      (a.source.line ?? 0) - (b.source.line ?? 0) ||
      (a.text < b.text ? -1 : a.text > b.text ? 1 : 0)
    )
  })
}

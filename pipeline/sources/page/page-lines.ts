/** A non-blank line of a page, trimmed, with its 1-based line number. */
export interface PageLine {
  readonly number: number
  readonly text: string
}

/** Consecutive non-blank lines: a paragraph, or a run of cast lines. */
export type PageBlock = readonly PageLine[]

/**
 * Splits a page into blocks separated by blank lines. Line endings of any
 * platform and a byte-order mark are accepted; no-break spaces count as spaces
 * (the source pages carry them, e.g. in empty runtime fields).
 */
export function toBlocks(text: string): PageBlock[] {
  const blocks: PageLine[][] = []
  let current: PageLine[] = []
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/)
  lines.forEach((raw, index) => {
    const line = raw.replace(/\u00a0/g, ' ').trim()
    if (line === '') {
      if (current.length > 0) blocks.push(current)
      current = []
    } else {
      current.push({ number: index + 1, text: line })
    }
  })
  if (current.length > 0) blocks.push(current)
  return blocks
}

export function joinText(block: PageBlock): string {
  return block.map((line) => line.text).join(' ')
}

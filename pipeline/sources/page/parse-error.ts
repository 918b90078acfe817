/** A page the ingest cannot turn into a film, with the 1-based line where it gave up. */
export class PageParseError extends Error {
  override readonly name = 'PageParseError'
  readonly line: number
  /** The message without its line number. */
  readonly reason: string

  constructor(line: number, reason: string) {
    super(`line ${line}: ${reason}`)
    this.line = line
    this.reason = reason
  }
}

/**
 * Everything that can go wrong between asking for a data file and holding
 * valid data, as one error type: the view tells people what happened in plain
 * words, and the retry policy reads `retryable`.
 */
export type LoadErrorKind =
  | 'network'
  | 'offline'
  | 'timeout'
  | 'http'
  | 'not-found'
  | 'empty'
  | 'not-json'
  | 'invalid-json'
  | 'too-large'
  | 'schema'
  | 'mismatch'
  /** The file is from a newer build than the code that asked for it: a reload opens both. */
  | 'stale'

export interface LoadErrorDetails {
  /** The file asked for. */
  readonly url: string
  readonly status?: number
  /** For schema errors: where in the file, e.g. `cast[3].actor`. */
  readonly path?: string
}

export class DataLoadError extends Error {
  override readonly name = 'DataLoadError'
  readonly kind: LoadErrorKind
  readonly details: LoadErrorDetails

  constructor(kind: LoadErrorKind, message: string, details: LoadErrorDetails) {
    super(message)
    this.kind = kind
    this.details = details
  }

  /** Worth another try: the network or the server may recover; a malformed file will not fix itself. */
  get retryable(): boolean {
    if (this.kind === 'network' || this.kind === 'offline' || this.kind === 'timeout') return true
    return this.kind === 'http' && (this.details.status ?? 0) >= 500
  }
}

export function isDataLoadError(error: unknown): error is DataLoadError {
  return error instanceof DataLoadError
}

/**
 * Progress for long commands: on a terminal, one line that updates in place;
 * anywhere else (a log, CI), only the finished lines, one each.
 */
export interface Progress {
  /** What is happening now; shown only on a terminal. */
  readonly update: (text: string) => void
  /** A line to keep. */
  readonly line: (text: string) => void
}

export interface Stream {
  readonly isTTY?: boolean
  write(text: string): unknown
}

export function progress(stream: Stream): Progress {
  if (!stream.isTTY) return { update: () => {}, line: (text) => void stream.write(`${text}\n`) }
  // Carriage return, then erase to the end of the line.
  return {
    update: (text) => void stream.write(`\r\u001b[K${text}`),
    line: (text) => void stream.write(`\r\u001b[K${text}\n`),
  }
}

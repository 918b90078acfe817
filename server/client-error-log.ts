/**
 * Client errors (4xx) come in floods: a crawler trying ids, a scanner trying
 * `/wp-login.php`, a fuzzer. One line each wrote 13 MB in 90 s of 404s. So
 * the first of each status in an interval is written as it comes, with its
 * reason (someone trying a link sees it at once), and the rest are counted
 * and summed up in one line per status at the end of the interval:
 *
 *   film-explorer: 404: 1,234 requests in the last 60 s, top paths: "/a" ×1,000, "/b" ×200, other paths ×34
 *
 * Memory is bounded: at most `maxPaths` paths per status are counted by
 * name, the rest together. Server errors (5xx) are not for this: each one is
 * a fault to look into and is logged whole.
 */
export interface ClientErrorLog {
  /** `line` is written if it is the first of its status in the interval; `path` is what is counted. */
  record(status: number, path: string, line: string): void
  /** Writes the summaries now and starts a new interval (at each tick, and when the server closes). */
  flush(): void
  stop(): void
}

export interface ClientErrorLogOptions {
  readonly intervalMs?: number
  readonly maxPaths?: number
  readonly topPaths?: number
}

interface Tally {
  total: number
  readonly paths: Map<string, number>
}

const count = (n: number) => n.toLocaleString('en-US')

export function createClientErrorLog(
  write: (line: string) => void,
  { intervalMs = 60_000, maxPaths = 1_000, topPaths = 5 }: ClientErrorLogOptions = {},
): ClientErrorLog {
  let tallies = new Map<number, Tally>()
  let started = Date.now()

  function record(status: number, path: string, line: string) {
    let tally = tallies.get(status)
    if (!tally) {
      write(line)
      tally = { total: 0, paths: new Map() }
      tallies.set(status, tally)
    }
    tally.total += 1
    const seen = tally.paths.get(path)
    if (seen !== undefined) tally.paths.set(path, seen + 1)
    else if (tally.paths.size < maxPaths) tally.paths.set(path, 1)
  }

  function flush() {
    const seconds = Math.round((Date.now() - started) / 1000)
    for (const [status, tally] of [...tallies].sort(([a], [b]) => a - b)) {
      // The one request of an interval was written when it came.
      if (tally.total < 2) continue
      const top = [...tally.paths].sort(([, a], [, b]) => b - a).slice(0, topPaths)
      const rest = tally.total - top.reduce((sum, [, n]) => sum + n, 0)
      const named = top.map(([path, n]) => `${path} ×${count(n)}`)
      if (rest > 0) named.push(`other paths ×${count(rest)}`)
      write(
        `film-explorer: ${status}: ${count(tally.total)} requests in the last ${seconds} s, top paths: ${named.join(', ')}`,
      )
    }
    tallies = new Map()
    started = Date.now()
  }

  const timer = setInterval(flush, intervalMs)
  // A summary due is no reason to keep the process alive.
  timer.unref()
  return { record, flush, stop: () => clearInterval(timer) }
}

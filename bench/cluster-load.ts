import autocannon from 'autocannon'

/** What one load run saw: autocannon's counts and nginx's X-Cache-Status of each answer. */
export interface LoadFigures {
  readonly requests: number
  readonly ok: number
  readonly non2xx: number
  readonly errors: number
  readonly timeouts: number
  readonly requestsPerSecond: number
  readonly p99Ms: number
  /** X-Cache-Status → answers (`none` where nginx was not in the way). */
  readonly cache: Readonly<Record<string, number>>
}

export interface LoadOptions {
  readonly port: number
  readonly connections: number
  /** Stop after this many requests … */
  readonly amount?: number
  /** … or after this many seconds. */
  readonly seconds?: number
  /** The path of each request (a function: a new one each time). */
  readonly path: () => string
  /** Called with the count of answers after each answer (to kill a server at some point, say). */
  readonly onAnswer?: (answered: number) => void
}

/**
 * autocannon on 127.0.0.1 with br and gzip accepted, counting nginx's cache
 * status on every answer: shared by the cluster's test (a few thousand
 * requests) and its bench (bench/cluster.ts).
 */
export async function clusterLoad(options: LoadOptions): Promise<LoadFigures> {
  const cache = new Map<string, number>()
  let answered = 0
  const result = await autocannon({
    url: `http://127.0.0.1:${options.port}`,
    connections: options.connections,
    ...(options.amount ? { amount: options.amount } : { duration: options.seconds ?? 3 }),
    headers: { 'accept-encoding': 'br, gzip' },
    requests: [
      {
        setupRequest: (request) => ({ ...request, path: options.path() }),
        onResponse: (_status, _body, _context, headers) => {
          const name = Object.keys(headers ?? {}).find((key) => /^x-cache-status$/i.test(key))
          const status = String((name && headers?.[name]) ?? 'none')
          cache.set(status, (cache.get(status) ?? 0) + 1)
          answered += 1
          options.onAnswer?.(answered)
        },
      },
    ],
  })
  return {
    requests: result.requests.sent,
    ok: result['2xx'],
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    requestsPerSecond: Math.round(result.requests.average),
    p99Ms: result.latency.p99,
    cache: Object.fromEntries(cache),
  }
}

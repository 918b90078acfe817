import type { Server, ServerResponse } from 'node:http'

/**
 * How the server stops when its supervisor says so (SIGTERM; Ctrl+C is
 * SIGINT): it stops accepting, lets the requests in flight finish, each
 * answered with `Connection: close`, closes keep-alive connections as soon as
 * they are idle, and at the deadline cuts whatever is still open, so no
 * client (one that sent half a request and waits, one that reads slowly)
 * can keep the process up. A second signal stops it at once.
 *
 * `server.close()` alone waits for every connection, and stops Node's check
 * of headersTimeout and requestTimeout, so one half-sent request kept the
 * process up for good.
 */
export const SHUTDOWN_DEADLINE_MS = 10_000

export type StopOutcome = 'drained' | 'cut'

/**
 * Call when the server is made, before it listens: the returned `stop` must
 * know every response still in flight to close its connection after it.
 */
export function prepareShutdown(server: Server): (deadlineMs: number) => Promise<StopOutcome> {
  const inFlight = new Set<ServerResponse>()
  let stopping = false
  // Once a response has gone, its connection is idle: close it rather than
  // wait for the client's next request or the keep-alive timeout.
  const closeIdleSoon = () => setImmediate(() => server.closeIdleConnections())

  server.on('request', (_req, res: ServerResponse) => {
    if (stopping) res.shouldKeepAlive = false
    inFlight.add(res)
    res.on('close', () => {
      inFlight.delete(res)
      if (stopping) closeIdleSoon()
    })
  })

  return (deadlineMs) => {
    stopping = true
    // Headers not yet sent say `Connection: close`; Node then ends the
    // connection after the response.
    for (const res of inFlight) if (!res.headersSent) res.shouldKeepAlive = false
    return new Promise((resolve) => {
      const deadline = setTimeout(() => {
        // The sockets close, and then the server, on the next ticks, before
        // whoever awaits this runs: the server's 'close' listeners (the
        // client error log's summary) still write what they owe.
        server.closeAllConnections()
        resolve('cut')
      }, deadlineMs)
      server.close(() => {
        clearTimeout(deadline)
        resolve('drained')
      })
      server.closeIdleConnections()
    })
  }
}

export interface StopOnSignalsOptions {
  readonly deadlineMs?: number
  readonly log?: (line: string) => void
  readonly exit?: (code: number) => void
}

/**
 * SIGINT or SIGTERM: stop as above, then exit with 0 when every request
 * finished, 1 when the deadline cut some (a supervisor's log then says so).
 * Another signal while stopping exits at once with 1.
 */
export function stopOnSignals(server: Server, options: StopOnSignalsOptions = {}) {
  const deadlineMs = options.deadlineMs ?? SHUTDOWN_DEADLINE_MS
  const log = options.log ?? ((line: string) => console.log(line))
  const exit = options.exit ?? ((code: number) => process.exit(code))
  const stop = prepareShutdown(server)
  let stopping = false

  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (stopping) {
        log(`film-explorer: ${signal} again: stopping now`)
        return exit(1)
      }
      stopping = true
      log(
        `film-explorer: ${signal}: stopping, finishing the requests in flight (at most ${deadlineMs / 1000} s; ${signal} again stops at once)`,
      )
      void stop(deadlineMs).then((outcome) => {
        log(
          outcome === 'drained'
            ? 'film-explorer: stopped'
            : `film-explorer: stopped: connections still open after ${deadlineMs / 1000} s were cut`,
        )
        exit(outcome === 'drained' ? 0 : 1)
      })
    })
  }
}

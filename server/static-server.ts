import { createServer, STATUS_CODES } from 'node:http'
import type { IncomingMessage, OutgoingHttpHeaders, Server, ServerResponse } from 'node:http'
import { readFile, stat } from 'node:fs/promises'
import { extname, join, resolve } from 'node:path'
import type { Duplex } from 'node:stream'
import mime from 'mime-types'
import send from 'send'
import { BUILD_ID_HEADER, BUILD_STRICT_HEADER, isBuildBound, readBuildId } from './build-id.ts'
import { createClientErrorLog } from './client-error-log.ts'
import { COMPRESSIBLE } from './compressible.ts'
import { acceptedCodings } from './content-coding.ts'
import { findFile, isPagePath } from './find-file.ts'
import { cacheControlFor, NEVER_CACHE, securityHeaders, setHeaders } from './headers.ts'
import { readInlineHashes } from './inline-hashes.ts'
import type { InlineHashes } from './security-policy.ts'
import type { Coding } from './compressible.ts'
import { parseRequestTarget } from './request-target.ts'
import { widenLongSuffix } from './suffix-range.ts'

export interface StaticServerOptions {
  /** The file served for paths with no file of their own (the SPA fallback). */
  readonly fallback: string
  /** The page a browser gets with a 404 (`404.html`, which static hosts serve too); the fallback if absent. */
  readonly notFound?: string
  /** Whether to send the app's security headers (the floor app in the benchmark gets none). */
  readonly securityHeaders?: boolean
  /** The built pages' inline script and style, which the policy allows by hash; by default the build's own (inline-hashes.ts). */
  readonly inlineHashes?: InlineHashes
  /** Where error lines and the client errors' summaries go; stderr by default. */
  readonly log?: (line: string) => void
  /** How often client errors (4xx) are summed up (client-error-log.ts); a minute by default. */
  readonly clientErrorIntervalMs?: number
  /** The build's id, sent with every answer; by default dist/build.json's (none without it). */
  readonly buildId?: string | null
}

const ALLOWED_METHODS = 'GET, HEAD'

/** Passes the request to the next step; after the last, the answer is a 404. */
export type Next = () => Promise<void>

/**
 * One step of answering a request, as sirv's `(req, res, next)`: it answers,
 * or calls `next()` to let the next step try. The server has checked the
 * method, Host and path before the first step runs (`served(req)` says what
 * it found and how it answers, so every step answers errors alike).
 */
export type Middleware = (req: IncomingMessage, res: ServerResponse, next: Next) => Promise<void>

/** What the server knows of a request it has checked, and its own ways to answer. */
export interface Served {
  /** The path's decoded segments. */
  readonly segments: readonly string[]
  /** The codings the client accepts, preferred first. */
  readonly codings: readonly Coding[]
  /** A short answer with the server's headers (and its text, if no body is given); 4xx and 5xx are logged. */
  answer(
    status: number,
    headers?: OutgoingHttpHeaders,
    reason?: string,
    body?: string | Buffer,
  ): void
  /** The app's page (or text, for a client that is not a browser) with a 400 or 404. */
  answerNavigation(status: 400 | 404, reason?: string): Promise<void>
  /** Answers with the status an error carries (500 if none), or cuts a response already under way. */
  fail(error: unknown): void
}

const servedRequests = new WeakMap<IncomingMessage, Served>()

/** The server's view of a request, for the steps that answer it. */
export function served(req: IncomingMessage): Served {
  const found = servedRequests.get(req)
  if (!found) throw new Error('the request did not come through createStaticServer')
  return found
}

/** The build's own files: a prerendered page or any other file wins over everything after it. */
export function staticFiles(dir: string): Middleware {
  const root = resolve(dir)
  return async (req, res, next) => {
    const { segments, codings } = served(req)
    const own = await findFile(root, segments, codings)
    if (!own) return next()
    await sendFile(root, req, res, own)
  }
}

/**
 * The app shell for any page path no earlier step answered, which renders the
 * route in the browser, so every deep link survives a reload. The shell asked
 * for by name is a file like any other (the service worker precaches it).
 */
export function appShell(dir: string, fallback: string): Middleware {
  const root = resolve(dir)
  return async (req, res, next) => {
    const { segments, codings } = served(req)
    const shell = isPagePath(segments) ? await findFile(root, [fallback], codings) : null
    if (!shell) return next()
    await sendFile(root, req, res, shell)
  }
}

/** A found file, by `send`, which answers ranges and conditional requests. */
async function sendFile(
  root: string,
  req: IncomingMessage,
  res: ServerResponse,
  found: NonNullable<Awaited<ReturnType<typeof findFile>>>,
) {
  const { coding, sent } = found
  res.setHeader('Cache-Control', cacheControlFor(`/${found.relative}`))
  // A strong ETag (send's is weak), as nginx makes its own: size and time of
  // the file sent, so each coding has its own. A shared cache revalidates
  // with it, and a Range with If-Range needs a strong one.
  res.setHeader(
    'ETag',
    `"${sent.size.toString(16)}-${Math.floor(sent.mtimeMs).toString(16)}${coding ? `-${coding.name}` : ''}"`,
  )
  if (COMPRESSIBLE.test(found.relative)) res.setHeader('Vary', 'Accept-Encoding')
  if (coding) {
    res.setHeader('Content-Encoding', coding.name)
    // send would type `x.js.br` by its last extension; the type is the file's.
    res.setHeader(
      'Content-Type',
      mime.contentType(extname(found.relative)) || 'application/octet-stream',
    )
  }
  const file = found.relative + (coding?.suffix ?? '')
  if (req.headers.range) {
    const size = (await stat(join(root, file)).catch(() => null))?.size
    if (size !== undefined) req.headers.range = widenLongSuffix(req.headers.range, size)
  }
  send(req, `/${file.split('/').map(encodeURIComponent).join('/')}`, {
    root,
    index: false,
    dotfiles: 'allow',
    cacheControl: false,
  })
    .on('error', (error: unknown) => served(req).fail(error))
    .pipe(res)
}

/**
 * The server's own timeouts, tighter than Node's defaults (60 s, 300 s, 5 s,
 * checked every 30 s), since a request here is a GET or HEAD with no body:
 *
 * - headersTimeout 10 s: a client has 10 s to send a request's headers (the
 *   request line and every header), or gets 408 and loses the connection;
 * - requestTimeout 30 s: the same for the whole request, a body included;
 * - keepAliveTimeout 5 s (Node's default, said here): an idle keep-alive
 *   connection is closed after 5 s; a proxy in front should close its idle
 *   connections sooner or retry a GET on a closed one (nginx does);
 * - connectionsCheckingInterval 1 s: how often Node checks the first two,
 *   so a deadline is kept to within a second rather than 30.
 */
export const SERVER_TIMEOUTS = {
  headersTimeout: 10_000,
  requestTimeout: 30_000,
  keepAliveTimeout: 5_000,
  connectionsCheckingInterval: 1_000,
} as const

/**
 * A connection with no bytes either way for 30 s while a response is being
 * sent (a client that stopped reading) is closed: Node's default is never.
 */
export const SOCKET_IDLE_TIMEOUT_MS = 30_000

/**
 * Serves a build folder: precompressed .br/.gz files by the client's
 * Accept-Encoding, hashed assets cached for good, everything else
 * revalidated. `send` (Express's file sender) answers ranges and conditional
 * requests; this layer decides which file a URL names and which coding to
 * send, and catches every failure, so no request can stop the process
 * (docs/adr/0002-static-server.md).
 */
export function createStaticServer(
  dir: string,
  options: StaticServerOptions,
  steps: readonly Middleware[] = [staticFiles(dir), appShell(dir, options.fallback)],
): Server {
  const root = resolve(dir)
  const log = options.log ?? ((line: string) => console.error(line))
  const secure = options.securityHeaders ?? true
  const secureHeaders = securityHeaders(options.inlineHashes ?? readInlineHashes(root))
  const build = options.buildId === undefined ? readBuildId(root) : options.buildId
  const clientErrors = createClientErrorLog(log, { intervalMs: options.clientErrorIntervalMs })

  /** A server error is logged whole; a client error counted, and logged if it is the first of its status for a while. */
  function logError(status: number, path: string, line: string) {
    if (status >= 500) log(line)
    else clientErrors.record(status, path, line)
  }

  function answer(
    req: IncomingMessage,
    res: ServerResponse,
    status: number,
    headers: OutgoingHttpHeaders = {},
    reason?: string,
    body: string | Buffer = `${status} ${STATUS_CODES[status] ?? ''}\n`,
  ) {
    for (const name of res.getHeaderNames()) res.removeHeader(name)
    if (secure) setHeaders(res, secureHeaders)
    res.statusCode = status
    res.setHeader('Content-Type', 'text/plain; charset=utf-8')
    for (const [name, value] of Object.entries(headers))
      if (value !== undefined) res.setHeader(name, value)
    res.setHeader('Content-Length', Buffer.byteLength(body))
    if (!res.hasHeader('Cache-Control')) {
      res.setHeader('Cache-Control', cacheControlFor(pathOf(req), status))
    }
    if (status >= 400) logError(status, quotedUrl(req), logLine(req, status, reason))
    res.end(req.method === 'HEAD' ? undefined : body)
  }

  /**
   * A browser that opens a broken or hidden URL gets the app shell with the
   * error status, so the reader sees the app's "Page not found" with a way
   * home rather than a line of text; other clients get the text.
   */
  async function answerNavigation(
    req: IncomingMessage,
    res: ServerResponse,
    status: 400 | 404,
    reason?: string,
  ) {
    const read = (file: string) => readFile(join(root, file)).catch(() => null)
    const shell = req.headers.accept?.includes('text/html')
      ? ((options.notFound && (await read(options.notFound))) ?? (await read(options.fallback)))
      : null
    if (!shell) return answer(req, res, status, {}, reason)
    answer(req, res, status, { 'Content-Type': 'text/html; charset=utf-8' }, reason, shell)
  }

  function fail(req: IncomingMessage, res: ServerResponse, error: unknown) {
    const status = statusOf(error)
    const reason = error instanceof Error ? error.message : String(error)
    if (res.headersSent) {
      // Mid-body (a file truncated or removed while streaming): all we can do
      // is cut the connection, so the client sees an incomplete response.
      log(logLine(req, status, `aborted after the headers: ${reason}`))
      res.destroy()
      return
    }
    answer(req, res, status, headersOf(error), reason)
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    if (secure) setHeaders(res, secureHeaders)
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return answer(req, res, 405, { Allow: ALLOWED_METHODS })
    }
    // HTTP/1.1 requires Host (RFC 9112 §3.2); Node's own check answered
    // before any of our code ran, so it is turned off and made here.
    if (req.httpVersion === '1.1' && req.headers.host === undefined) {
      return answer(req, res, 400, { Connection: 'close' }, 'no Host header')
    }
    const target = parseRequestTarget(req.url)
    if (target.kind === 'bad-request') return answerNavigation(req, res, 400, target.reason)
    if (target.kind === 'not-found') return answerNavigation(req, res, 404)
    if (target.kind === 'redirect') return answer(req, res, 308, { Location: target.location })
    // The client and the service worker compare it with their own: data from
    // another build is never rendered with this tab's code (build/build-id.ts).
    if (build && isBuildBound(target.segments)) {
      // A tab names its build when it asks for data. Behind a proxy that
      // says it can ask another server, a server on another build (a
      // rolling deploy, half done) answers 404, and the proxy tries the next
      // (deploy/nginx.conf.template); should every server refuse, the tab
      // sees another build's id on the 404 and reads it as an update.
      const asked = req.headers[BUILD_ID_HEADER.toLowerCase()]
      const strict = req.headers[BUILD_STRICT_HEADER.toLowerCase()] !== undefined
      if (strict && typeof asked === 'string' && asked !== '' && asked !== build) {
        const reason = `asked for build ${JSON.stringify(asked.slice(0, 64))}; this server has ${build}`
        return answer(
          req,
          res,
          404,
          { [BUILD_ID_HEADER]: build, 'Cache-Control': NEVER_CACHE },
          reason,
        )
      }
      res.setHeader(BUILD_ID_HEADER, build)
    }

    servedRequests.set(req, {
      segments: target.segments,
      codings: acceptedCodings(req.headers),
      answer: (status, headers, reason, body) => answer(req, res, status, headers, reason, body),
      answerNavigation: (status, reason) => answerNavigation(req, res, status, reason),
      fail: (error) => fail(req, res, error),
    })
    const run = async (index: number): Promise<void> => {
      const step = steps[index]
      if (!step) return answerNavigation(req, res, 404)
      await step(req, res, () => run(index + 1))
    }
    await run(0)
  }

  const server = createServer({ ...SERVER_TIMEOUTS, requireHostHeader: false }, (req, res) => {
    handle(req, res).catch((error: unknown) => fail(req, res, error))
  })
  server.timeout = SOCKET_IDLE_TIMEOUT_MS
  // `Expect: 100-continue`: no interim 100, since no request here has a body
  // to wait for; the request goes to the handler (and to every other
  // listener, the shutdown's included) as any other.
  server.on('checkContinue', (req: IncomingMessage, res: ServerResponse) =>
    server.emit('request', req, res),
  )
  // Any other Expect: 417, which Node would send bare, with no header of ours.
  server.on('checkExpectation', (req: IncomingMessage, res: ServerResponse) => {
    const expectation = JSON.stringify(String(req.headers.expect).slice(0, 100))
    answer(req, res, 417, { Connection: 'close' }, `cannot meet Expect: ${expectation}`)
  })
  // Requests Node cannot parse (a bad method token, a header too large) never
  // reach the handler: answer them here, as Node would, with our headers.
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    if (error.code === 'ECONNRESET' || !socket.writable) return socket.destroy()
    const status =
      error.code === 'HPE_HEADER_OVERFLOW'
        ? 431
        : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
          ? 408
          : 400
    const why = error.code ?? error.message
    logError(status, `(unparsed: ${why})`, `film-explorer: ${status} (unparsed request): ${why}`)
    answerSocket(socket, status)
  })
  // Node hands CONNECT (a proxy tunnel) to this event, and closes the
  // connection unanswered when nobody listens.
  server.on('connect', (req: IncomingMessage, socket: Duplex) => {
    logError(405, quotedUrl(req), logLine(req, 405))
    answerSocket(socket, 405, `Allow: ${ALLOWED_METHODS}\r\n`)
  })
  server.on('close', () => {
    clientErrors.flush()
    clientErrors.stop()
  })

  function answerSocket(socket: Duplex, status: number, extra = '') {
    const lines = secure ? Object.entries(secureHeaders).map(([k, v]) => `${k}: ${v}\r\n`) : []
    socket.end(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nConnection: close\r\nContent-Length: 0\r\n${extra}${lines.join('')}\r\n`,
    )
  }
  return server
}

function statusOf(error: unknown): number {
  const status = (error as { status?: unknown } | null)?.status
  return typeof status === 'number' && status >= 400 && status < 600 ? status : 500
}

function headersOf(error: unknown): OutgoingHttpHeaders {
  return (error as { headers?: OutgoingHttpHeaders } | null)?.headers ?? {}
}

/** The request's path, for the cache policy (a URL that does not parse has none that is hashed). */
function pathOf(req: IncomingMessage): string {
  const url = req.url ?? '/'
  const query = url.indexOf('?')
  return query === -1 ? url : url.slice(0, query)
}

/** The URL quoted, so control characters cannot reach the terminal. */
const quotedUrl = (req: IncomingMessage) => JSON.stringify((req.url ?? '').slice(0, 300))

/** One line, safe to print. */
function logLine(req: IncomingMessage, status: number, reason?: string): string {
  return `film-explorer: ${status} ${req.method ?? '?'} ${quotedUrl(req)}${reason ? `: ${reason}` : ''}`
}

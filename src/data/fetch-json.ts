import { SEARCH_DATA_URL } from '../../contract/data-files.ts'
import { DataLoadError } from './load-error.ts'

/** A stalled response must not leave people staring at a spinner forever. */
const FETCH_TIMEOUT_MS = 15_000

/**
 * Larger files are refused while they download, before parsing could freeze
 * the tab. A film with 50,000 credits is about 5 MB.
 */
const MAX_FILE_BYTES = 12 * 1024 * 1024

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`

function tooLarge(url: string, bytes: number, limit: number, exact: boolean): DataLoadError {
  return new DataLoadError(
    'too-large',
    `The data file is too large to open (${exact ? '' : 'over '}${megabytes(bytes)}; the limit is ${megabytes(limit)}).`,
    { url },
  )
}

/**
 * The body as text, counting bytes as they arrive (the decoded bytes: a
 * compressed response's Content-Length says little), and giving up as soon
 * as the count passes the limit.
 */
async function readBody(response: Response, url: string, limit: number): Promise<string> {
  const declared = Number(response.headers.get('content-length'))
  if (!response.headers.has('content-encoding') && declared > limit) {
    throw tooLarge(url, declared, limit, true)
  }
  if (!response.body) return response.text()
  const reader = response.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > limit) {
      void reader.cancel()
      throw tooLarge(url, size, limit, false)
    }
    chunks.push(value)
  }
  const bytes = new Uint8Array(size)
  let offset = 0
  for (const chunk of chunks) {
    bytes.set(chunk, offset)
    offset += chunk.byteLength
  }
  return new TextDecoder().decode(bytes)
}

/** Absolute URL of a file under public/, valid in the browser and in tests alike. */
export function dataUrl(path: string): string {
  const origin = globalThis.location?.origin ?? 'http://localhost'
  return new URL(`${import.meta.env.BASE_URL}${path}`, origin).href
}

/**
 * Fetches and parses a JSON file, turning every failure into a DataLoadError
 * whose message says what went wrong in words a person can act on.
 */
export async function fetchJson(
  url: string,
  signal?: AbortSignal,
  timeoutMs = FETCH_TIMEOUT_MS,
  maxBytes = MAX_FILE_BYTES,
  build: string = import.meta.env.BUILD_ID,
): Promise<unknown> {
  const timeout = AbortSignal.timeout(timeoutMs)
  const combined = signal ? AbortSignal.any([signal, timeout]) : timeout
  const fail = (cause: unknown): never => {
    if (signal?.aborted) throw cause // cancelled by the app: not an error to show
    if (cause instanceof DataLoadError) throw cause
    if (timeout.aborted) {
      throw new DataLoadError(
        'timeout',
        `The server took longer than ${Math.round(timeoutMs / 1000)} seconds to answer.`,
        { url },
      )
    }
    // The browser knows it has no connection: say so (it recovers by itself).
    // A copy saved for offline use would have answered (ADR 12): there is none.
    if (globalThis.navigator?.onLine === false) {
      throw new DataLoadError('offline', 'You are offline, and no copy is saved on this device.', {
        url,
      })
    }
    throw new DataLoadError('network', 'Could not reach the server. Check your connection.', {
      url,
    })
  }

  let response: Response
  let body: string
  try {
    // The tab names its build, so that a server on another one (a rolling
    // deploy, half done) refuses and a proxy asks the next (ADR 17); not
    // for the search's files, which are preloaded (SEARCH_DATA_URL).
    response = await fetch(url, {
      signal: combined,
      headers:
        build && !SEARCH_DATA_URL.test(url)
          ? { accept: 'application/json', 'x-build-id': build }
          : { accept: 'application/json' },
    })
    body = await readBody(response, url, maxBytes)
  } catch (cause) {
    return fail(cause)
  }

  // A data file of another build than this tab's code (a deploy since the
  // tab opened, or a copy saved offline before one): never rendered with it.
  // Asked before the status: every server on the new build refuses the old
  // build's data with a 404 that names the new build.
  const built = response.headers.get('x-build-id')
  if (built && built !== build) {
    throw globalThis.navigator?.onLine === false
      ? new DataLoadError(
          'offline',
          'You are offline, and the copy saved on this device is from another version of Film Explorer.',
          { url },
        )
      : new DataLoadError(
          'stale',
          'Film Explorer has been updated since this page was opened, so the new data is not shown with the old version.',
          { url },
        )
  }
  if (response.status === 404) {
    throw new DataLoadError('not-found', 'The data file does not exist.', { url, status: 404 })
  }
  if (!response.ok) {
    throw new DataLoadError(
      'http',
      `The server answered with an error (HTTP ${response.status}).`,
      { url, status: response.status },
    )
  }
  if (body.trim() === '') {
    throw new DataLoadError('empty', 'The data file is empty.', { url })
  }
  if (body.trimStart().startsWith('<')) {
    throw new DataLoadError('not-json', 'The server sent a web page instead of the data file.', {
      url,
    })
  }
  try {
    return JSON.parse(body) as unknown
  } catch {
    throw new DataLoadError(
      'invalid-json',
      'The data file is not valid JSON; it may have been cut short.',
      { url },
    )
  }
}

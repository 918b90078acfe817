import { DataLoadError } from './load-error.ts'

/** A stalled response must not leave people staring at a spinner forever. */
export const FETCH_TIMEOUT_MS = 15_000

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
): Promise<unknown> {
  const timeout = AbortSignal.timeout(timeoutMs)
  const combined = signal ? AbortSignal.any([signal, timeout]) : timeout
  const fail = (cause: unknown): never => {
    if (signal?.aborted) throw cause // cancelled by the app: not an error to show
    if (timeout.aborted) {
      throw new DataLoadError(
        'timeout',
        `The server took longer than ${Math.round(timeoutMs / 1000)} seconds to answer.`,
        { url },
      )
    }
    throw new DataLoadError('network', 'Could not reach the server. Check your connection.', {
      url,
    })
  }

  let response: Response
  let body: string
  try {
    response = await fetch(url, { signal: combined, headers: { accept: 'application/json' } })
    body = await response.text()
  } catch (cause) {
    return fail(cause)
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

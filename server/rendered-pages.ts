/**
 * The step after the build's own files: a film, person, catalog or search
 * page the build did not write is rendered (page-renderer.ts) and sent from memory;
 * any other path goes on to the next step (the app shell).
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import { STATUS_CODES } from 'node:http'
import { evaluatePreconditions } from './conditional.ts'
import { cacheControlFor } from './headers.ts'
import type { PageRenderer, RenderedPage } from './page-renderer.ts'
import { served, type Middleware } from './static-server.ts'

export function renderedPages(pages: Pick<PageRenderer, 'lookup'>): Middleware {
  return async (req, res, next) => {
    const { segments, codings, answer, answerNavigation } = served(req)
    const url = req.url ?? ''
    const query = url.includes('?') ? url.slice(url.indexOf('?')) : ''
    const lookup = await pages.lookup(segments, query)
    if (lookup.kind === 'page') return sendPage(req, res, lookup.page, codings[0]?.name)
    if (lookup.kind === 'redirect') {
      return answer(308, { Location: lookup.location + query })
    }
    if (lookup.kind === 'no-data') return answerNavigation(404)
    return next()
  }
}

/**
 * A rendered page, from memory, in the coding the client prefers. Each
 * coding has its own strong ETag (a shared cache must never hand a gzip
 * body to a client that asked for brotli under the same tag). Conditional
 * requests get what a file would get (conditional.ts): 304, 412 or the
 * page. A range of a page is not worth serving: the whole page is the
 * answer, which HTTP allows (RFC 9110 §14.2), and no Accept-Ranges says so.
 */
function sendPage(
  req: IncomingMessage,
  res: ServerResponse,
  page: RenderedPage,
  coding: 'br' | 'gzip' | undefined,
) {
  const body = coding ? page[coding] : page.html
  const etag = `"${page.hash}${coding ? `-${coding}` : ''}"`
  res.setHeader('Cache-Control', cacheControlFor(req.url ?? '/'))
  res.setHeader('Vary', 'Accept-Encoding')
  res.setHeader('ETag', etag)
  res.setHeader('Last-Modified', new Date(page.lastModified).toUTCString())
  const precondition = evaluatePreconditions(req.headers, etag, page.lastModified)
  if (precondition === 'failed') return served(req).answer(412, {}, STATUS_CODES[412])
  if (precondition === 'not-modified') {
    res.statusCode = 304
    res.end()
    return
  }
  res.statusCode = 200
  res.setHeader('Content-Type', 'text/html; charset=utf-8')
  if (coding) res.setHeader('Content-Encoding', coding)
  res.setHeader('Content-Length', body.length)
  res.end(req.method === 'HEAD' ? undefined : body)
}

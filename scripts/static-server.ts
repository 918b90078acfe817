import { createServer, type Server } from 'node:http'
import sirv from 'sirv'
import { CONTENT_SECURITY_POLICY } from './security-policy.ts'

export interface StaticServerOptions {
  /** The file served for paths with no file of their own (the SPA fallback). */
  readonly fallback: string
  /** Whether to send the app's security headers (the floor app in the benchmark gets none). */
  readonly securityHeaders?: boolean
}

/**
 * Serves a build folder: precompressed .br/.gz files to browsers that accept
 * them, hashed assets cached for good, everything else revalidated. Paths
 * with a file extension never fall back, so a missing data file is an honest
 * 404 rather than an HTML page pretending to be JSON.
 */
export function createStaticServer(dir: string, options: StaticServerOptions): Server {
  const serve = sirv(dir, {
    single: options.fallback,
    etag: true,
    brotli: true,
    gzip: true,
    setHeaders(res, pathname) {
      if (options.securityHeaders ?? true) {
        res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY)
        res.setHeader('X-Content-Type-Options', 'nosniff')
        res.setHeader('Referrer-Policy', 'strict-origin-when-cross-origin')
      }
      res.setHeader(
        'Cache-Control',
        pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      )
    },
  })
  return createServer((req, res) => {
    serve(req, res, () => {
      res.statusCode = 404
      res.setHeader('Content-Type', 'text/plain; charset=utf-8')
      if (options.securityHeaders ?? true) {
        res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY)
      }
      res.end('Not found\n')
    })
  })
}

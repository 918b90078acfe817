/**
 * `npm start`'s server: serves the production build in dist/, with the SPA
 * fallback that lets every deep link survive a reload. Paths with a file
 * extension never fall back, so a missing data file is an honest 404 rather
 * than index.html pretending to be JSON.
 *
 *   PORT (default 4173) and HOST (default localhost) choose where it listens.
 */
import { existsSync } from 'node:fs'
import { createServer } from 'node:http'
import { join, resolve } from 'node:path'
import sirv from 'sirv'

const DIST = resolve(import.meta.dirname, '..', 'dist')
const host = process.env.HOST?.trim() || 'localhost'
const portText = process.env.PORT?.trim() || '4173'
const port = Number(portText)

function fail(message: string): never {
  console.error(`film-explorer: ${message}`)
  process.exit(1)
}

if (!Number.isInteger(port) || port < 0 || port > 65535) {
  fail(`PORT must be a whole number from 0 to 65535, not “${portText}”.`)
}
if (!existsSync(join(DIST, 'shell.html'))) {
  fail('there is no build in dist/. Run `npm start` (it builds first) or `npm run build`.')
}

// Only our own origin may supply scripts, styles, data and images: data text
// can never become running code, even if a file is tampered with.
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ')

const serveBuild = sirv(DIST, {
  // Prerendered pages are found as <path>/index.html; any other path gets the
  // app shell, which renders the route in the browser (unknown film, 404).
  single: 'shell.html',
  etag: true,
  setHeaders(res, pathname) {
    res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY)
    res.setHeader('X-Content-Type-Options', 'nosniff')
    res.setHeader('Referrer-Policy', 'strict-origin-when-cross-origin')
    // Hashed assets never change; everything else is revalidated on each visit
    // so a new deploy (or new film data) shows at once.
    res.setHeader(
      'Cache-Control',
      pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
    )
  },
})

const server = createServer((req, res) => {
  serveBuild(req, res, () => {
    res.statusCode = 404
    res.setHeader('Content-Type', 'text/plain; charset=utf-8')
    res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY)
    res.end('Not found\n')
  })
})

server.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EADDRINUSE') {
    fail(`port ${port} is already in use. Choose another, e.g. PORT=${port + 1} npm start`)
  }
  fail(`could not start the server: ${error.message}`)
})

server.listen(port, host, () => {
  const address = server.address()
  const shownPort = typeof address === 'object' && address ? address.port : port
  console.log(`Film Explorer is running at http://${host}:${shownPort}/ (Ctrl+C to stop)`)
})

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => server.close(() => process.exit(0)))
}

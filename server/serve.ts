/**
 * `npm start`'s server: serves the production build in dist/. Prerendered
 * pages are found as <path>/index.html; every other film and catalog page is
 * rendered on its first request with the SSR bundle in dist-ssr/ and kept in
 * memory (docs/adr/0009-films-at-scale.md); other paths get the app shell,
 * which renders the route in the browser, so every deep link survives a reload.
 *
 *   PORT (default 4173) and HOST (default localhost) choose where it listens;
 *   BUILD_ROOT (default the repository) which build it serves.
 */
import './production-env.ts'
import { existsSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { loadPageFactory, PAGE_TEMPLATE_FILE } from './page-factory.ts'
import { createPageRenderer } from './page-renderer.ts'
import { stopOnSignals } from './shutdown.ts'
import { renderedPages } from './rendered-pages.ts'
import { appShell, createStaticServer, staticFiles } from './static-server.ts'

// BUILD_ROOT: the folder holding dist/ and dist-ssr/ (by default this
// repository's), so one installed server can serve a release kept in a
// folder of its own, as a rolling deploy needs (deploy/cluster.ts).
const ROOT = resolve(process.env.BUILD_ROOT?.trim() || resolve(import.meta.dirname, '..'))
const DIST = join(ROOT, 'dist')
const SSR = join(ROOT, 'dist-ssr')
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
  fail(`there is no build in ${DIST}. Run \`npm start\` (it builds first) or \`npm run build\`.`)
}

if (!existsSync(join(SSR, PAGE_TEMPLATE_FILE))) {
  fail('the build in dist-ssr/ is incomplete. Run `npm run build` again.')
}

const started = performance.now()
const pages = createPageRenderer({
  dist: DIST,
  factory: await loadPageFactory(DIST, SSR),
  builtAt: statSync(join(SSR, PAGE_TEMPLATE_FILE)).mtimeMs,
})
await pages.warm()
const warmed = Math.round(performance.now() - started)
// A prerendered file wins; a page with no file of its own is rendered; any
// other page path gets the app shell. The renderer is asked before the shell
// is looked for, so a rendered page costs no look at the shell.
const server = createStaticServer(DIST, { fallback: 'shell.html', notFound: '404.html' }, [
  staticFiles(DIST),
  renderedPages(pages),
  appShell(DIST, 'shell.html'),
])

server.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EADDRINUSE') {
    fail(`port ${port} is already in use. Choose another, e.g. PORT=${port + 1} npm start`)
  }
  fail(`could not start the server: ${error.message}`)
})

server.listen(port, host, () => {
  const address = server.address()
  const shownPort = typeof address === 'object' && address ? address.port : port
  console.log(
    `Film Explorer is running at http://${host}:${shownPort}/ (Ctrl+C to stop; ready in ${warmed} ms)`,
  )
})

// SIGTERM or Ctrl+C: finish what is in flight, then exit, within 10 s whatever the clients do.
stopOnSignals(server)

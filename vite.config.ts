import { readFile } from 'node:fs/promises'
import { resolve, sep } from 'node:path'
import react from '@vitejs/plugin-react'
import type { Plugin } from 'vite'
import { configDefaults, defineConfig } from 'vitest/config'
import { buildId } from './build/build-id.ts'
import { BUILD_ID_FILE } from './server/build-id.ts'

/** Where `npm run dev` has the catalog pipeline write the data (`npm run build` writes it into dist/data). */
const DEV_DATA = resolve(import.meta.dirname, '.cache', 'catalog')

/** The dev server's /data/: the generated catalog, which is not in public/ (it is build output, never committed). */
function serveDevData(): Plugin {
  return {
    name: 'film-explorer:dev-data',
    configureServer(server) {
      server.middlewares.use('/data', (req, res, next) => {
        const path = decodeURIComponent(new URL(req.url ?? '/', 'http://dev').pathname)
        const file = resolve(DEV_DATA, `.${path}`)
        if (!file.startsWith(DEV_DATA + sep) || !file.endsWith('.json')) return next()
        readFile(file).then(
          (body) => {
            res.setHeader('Content-Type', 'application/json')
            res.end(body)
          },
          () => {
            res.statusCode = 404
            res.end('Not found')
          },
        )
      })
    },
  }
}

/**
 * Vite wraps every dynamic import in a helper that preloads the imported
 * chunk's dependencies and CSS: about 0.6 kB (gzip) in the core every page
 * loads, even with `modulePreload: false`. We need none of it: prerendered
 * pages list their route's files themselves, and no lazily loaded chunk has
 * CSS of its own (all of it is in styles.css). So the helper just imports.
 */
function noPreloadHelper(): Plugin {
  return {
    name: 'film-explorer:no-preload-helper',
    enforce: 'pre',
    load: {
      filter: { id: /^\0vite\/preload-helper\.js$/ },
      handler: () => 'export const __vitePreload = (load) => load()',
    },
  }
}

/** dist/build.json: the build's id, for the server's header and the service worker (build/build-id.ts). */
function writeBuildId(id: string): Plugin {
  return {
    name: 'film-explorer:build-id',
    apply: 'build',
    generateBundle() {
      if (this.environment.config.build.ssr) return
      this.emitFile({
        type: 'asset',
        fileName: BUILD_ID_FILE,
        source: `${JSON.stringify({ id })}\n`,
      })
    },
  }
}

const CORE_MODULES =
  /rolldown[\\/]runtime|node_modules[\\/](react|react-dom|react-router|scheduler|cookie|set-cookie-parser|@tanstack[\\/](react-query|query-core))[\\/]|src[\\/](app|components|hooks|lib|url-state)[\\/](?!route-error|not-found|error-view|rating|person-name|site-search|search-hits|search-engine|search-text|search-shard)|src[\\/]data[\\/](film-queries|load-error|use-film|not-found)|contract[\\/](ids|routes|text-match)\.ts/

export default defineConfig(({ command, mode }) => {
  // Hashing the sources takes a fraction of a second: only a build needs it.
  const id = command === 'build' ? buildId(import.meta.dirname) : mode
  return {
    // The client compares it with each data file's X-Build-Id (src/data/fetch-json.ts).
    define: { 'import.meta.env.BUILD_ID': JSON.stringify(id) },
    plugins: [react(), serveDevData(), noPreloadHelper(), writeBuildId(id)],
    build: {
      // build/prerender.ts reads it to preload each page's route code.
      manifest: true,
      // No modulepreload links or polyfill for dynamic imports: prerendered
      // pages list their route's files themselves, and the browsers we support
      // all have modulepreload. (Vite 8 keeps its preload helper even so:
      // noPreloadHelper() above replaces it.)
      modulePreload: false,
      rolldownOptions: {
        output: {
          codeSplitting: {
            groups: [
              {
                // Everything every page needs, in one chunk: compressed together,
                // the shared libraries and layers cost less than spread over
                // several small chunks. Route modules, the fetch-and-validate
                // boundary and the error views stay apart, loaded when needed,
                // and so do the star ratings, which the cast and trivia never show.
                name: 'core',
                // Claims its modules before any other group can.
                priority: 2,
                test: CORE_MODULES,
              },
            ],
          },
        },
      },
      // Source maps carry the full sources, and anything in dist/ is public, so
      // they are built only on request (`SOURCEMAP=1 npm run build`), e.g. to
      // upload to an error tracker and delete before deploying.
      sourcemap: Boolean(process.env.SOURCEMAP),
    },
    test: {
      globals: true,
      // Both projects keep the console guard (a console.error fails the test)
      // and the unexpected-request check.
      setupFiles: ['src/test/setup.ts'],
      // Component tests render the whole router; the default 5 s is tight on a
      // 2-core CI machine under load, and a timeout there says nothing useful.
      testTimeout: 15_000,
      // Each test runs where its code runs: what ships to the browser in
      // jsdom, the rest in Node, which starts faster and has no DOM to hide a
      // Node-only API behind. A file that differs says so in its first line.
      projects: [
        {
          extends: true,
          test: {
            name: 'browser',
            environment: 'jsdom',
            include: [
              'src/**/*.test.{ts,tsx}',
              'contract/**/*.test.ts',
              // Reads the XML it writes with the browser's DOMParser.
              'pipeline/**/sitemaps.test.ts',
            ],
          },
        },
        {
          extends: true,
          test: {
            name: 'node',
            environment: 'node',
            include: [
              'pipeline/**/*.test.ts',
              'server/**/*.test.ts',
              'build/**/*.test.ts',
              'cli/**/*.test.ts',
              'bench/**/*.test.ts',
            ],
            exclude: [...configDefaults.exclude, 'pipeline/**/sitemaps.test.ts'],
          },
        },
      ],
    },
  }
})

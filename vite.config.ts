import { readFile } from 'node:fs/promises'
import { relative, resolve, sep } from 'node:path'
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

/**
 * Chunks that load when a reader acts (the header's search list, the search
 * engine) import every chunk they need directly, not only the ones they
 * name: the browser learns of a chunk's imports only when the chunk arrives,
 * so a chain of imports costs a round trip a link (issue 30; Rollup's
 * hoistTransitiveImports, which Rolldown does not have yet). The imports
 * added are of files the chunk already depends on, so its hashed name
 * still changes with any of them.
 */
function hoistImports(sources: ReadonlySet<string>): Plugin {
  return {
    name: 'film-explorer:hoist-imports',
    apply: 'build',
    generateBundle(_, bundle) {
      const chunks = new Map(
        Object.values(bundle).flatMap((file) =>
          file.type === 'chunk' ? [[file.fileName, file] as const] : [],
        ),
      )
      for (const chunk of chunks.values()) {
        if (!chunk.facadeModuleId || !sources.has(sourcePath(chunk.facadeModuleId))) continue
        const all = new Set<string>()
        const visit = (name: string) => {
          for (const next of chunks.get(name)?.imports ?? []) {
            if (all.has(next)) continue
            all.add(next)
            visit(next)
          }
        }
        visit(chunk.fileName)
        // Chunks of the bundle only: the server's bundle imports packages too.
        const hoisted = [...all].filter((name) => chunks.has(name) && !chunk.imports.includes(name))
        const from = chunk.fileName.slice(0, chunk.fileName.lastIndexOf('/') + 1)
        chunk.code =
          hoisted.map((name) => `import"./${name.slice(from.length)}";`).join('') + chunk.code
      }
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

/**
 * The core chunk: the code every page runs, in one file (compressed
 * together, the shared libraries and layers cost less than spread over
 * several small chunks). Named file by file, so nothing lands in it unseen.
 *
 * How to decide where a module goes:
 * - every page needs it before its first paint (the router, the layout, the
 *   film's header, the query cache), or it is small and shared by several
 *   routes: list it here;
 * - it loads late (an error view, the search popup and engine, the star
 *   ratings the cast and trivia never show, a route's own code): leave it
 *   out, and Rolldown puts it with the routes that import it, or in a chunk
 *   of its own when several do.
 * A listed module brings what it imports statically with it, so a new file
 * a core module imports joins the core; any other new file stays out until
 * listed. `npx tsx build/check-budget.ts` prints each route's files.
 */
const CORE_PACKAGES = [
  'react',
  'react-dom',
  'react-router',
  'scheduler',
  'cookie',
  'set-cookie-parser',
  '@tanstack/react-query',
  '@tanstack/query-core',
]
const CORE_SOURCES = new Set([
  // The shell: start, router, layout, providers, head and hydration.
  'src/app/hydration.ts',
  'src/app/page-meta.ts',
  'src/app/pages.ts',
  'src/app/providers.tsx',
  'src/app/query-client.ts',
  'src/app/root-layout.tsx',
  'src/app/route-announcer.tsx',
  'src/app/routes.tsx',
  'src/app/should-revalidate.ts',
  'src/app/start-app.tsx',
  'src/app/structured-data.ts',
  // Shared UI that several routes show.
  'src/components/delayed-loading.tsx',
  'src/components/empty-state.tsx',
  'src/components/highlight.tsx',
  'src/components/icon.tsx',
  'src/components/live-count.tsx',
  'src/components/search-box.tsx',
  'src/components/section-panel.tsx',
  'src/components/select-field.tsx',
  'src/components/share-button.tsx',
  'src/components/share.ts',
  'src/components/tab-nav.tsx',
  'src/components/theme-toggle.tsx',
  'src/components/toast.tsx',
  'src/hooks/use-app-ready.ts',
  'src/hooks/use-delayed-flag.ts',
  'src/hooks/use-hash-target.ts',
  'src/hooks/use-hydrated.ts',
  'src/hooks/use-retry-attempt.ts',
  'src/hooks/use-search-shortcut.ts',
  'src/hooks/use-theme.ts',
  'src/hooks/use-when-online.ts',
  'src/lib/format.ts',
  'src/lib/search-params.ts',
  'src/url-state/app-router.tsx',
  'src/url-state/define-params.ts',
  'src/url-state/url-store.ts',
  'src/url-state/use-url-params.ts',
  // The data every route's loader starts with (the boundary itself,
  // src/data/fetch-film.ts, loads with the first file a page fetches).
  'src/data/film-keys.ts',
  'src/data/load-boundary.ts',
  'src/data/load-error.ts',
  'src/data/not-found.ts',
  // The film's layout and data: four of the seven routes are a film's.
  'src/features/film/film-layout.tsx',
  'src/features/film/api/film.ts',
  'contract/ids.ts',
  'contract/routes.ts',
  'contract/text-match.ts',
])
const PACKAGE = new RegExp(
  `[\\\\/]node_modules[\\\\/](${CORE_PACKAGES.map((name) => name.replace('/', '[\\\\/]')).join('|')})[\\\\/]`,
)

const FACT_SOURCES = new Set([
  'src/components/rating.tsx',
  'src/features/film/overview/fact-list.tsx',
  'src/features/film/sourced-credit.tsx',
])

/**
 * The search's list and engine, and the data boundary every first fetch
 * waits for (a facade of the chunk it shares with the engine, which imports
 * the data paths' chunk), each with all the code it needs one request away
 * (hoistImports).
 */
const HOISTED = new Set([
  'src/features/search/site-search-popup.tsx',
  'src/features/search/api/search-run.ts',
  'src/data/fetch-film.ts',
])

/**
 * Small modules the search's code shares with the results page and the
 * error view, each a chunk of its own by default (a few hundred bytes): in
 * two chunks instead of four, so the list's code is five files, which a
 * browser fetches at once with the manifest over HTTP/1.1's six
 * connections to a host (the page's links to them: build/prerender.ts).
 */
const SEARCH_SHARED = new Set([
  'src/features/search/api/use-search.ts',
  'src/features/search/api/search-queries.ts',
  'src/features/search/search-hits.ts',
  'contract/search-text.ts',
])
const DATA_FILES = new Set(['contract/data-files.ts', 'src/data/load-failure.ts'])

/** A module's path from the project's root, with forward slashes. */
const sourcePath = (id: string) =>
  relative(import.meta.dirname, id)
    .split(sep)
    .join('/')

function isCore(id: string): boolean {
  if (id === '\0rolldown/runtime.js' || PACKAGE.test(id)) return true
  return CORE_SOURCES.has(sourcePath(id))
}

export default defineConfig(({ command, mode }) => {
  // Hashing the sources takes a fraction of a second: only a build needs it.
  const id = command === 'build' ? buildId(import.meta.dirname) : mode
  return {
    // The client compares it with each data file's X-Build-Id (src/data/fetch-json.ts).
    define: {
      'import.meta.env.BUILD_ID': JSON.stringify(id),
    },
    plugins: [react(), serveDevData(), noPreloadHelper(), hoistImports(HOISTED), writeBuildId(id)],
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
          // Six characters of hash, not eight: every page's code names the
          // chunks it imports or may load (each route, the search, the data boundary),
          // and random characters do not compress; 36 bits still tell forty
          // chunks apart. About 40 B less on every page (docs/performance.md).
          chunkFileNames: 'assets/[name]-[hash:6].js',
          codeSplitting: {
            groups: [
              {
                // Everything every page needs, in one chunk (CORE_SOURCES says how to decide).
                name: 'core',
                // Claims its modules before any other group can.
                priority: 2,
                test: isCore,
              },
              {
                // What the overview and the Reviews tab share (fact lists, set
                // credits, star ratings), in one chunk: the page facts (loaded
                // later) import only some of it, which would split it in three.
                name: 'film-facts',
                priority: 1,
                test: (id: string) => FACT_SOURCES.has(sourcePath(id)),
              },
              {
                name: 'use-search',
                priority: 1,
                test: (id: string) => SEARCH_SHARED.has(sourcePath(id)),
                // These alone; what they import stays where it is.
                includeDependenciesRecursively: false,
              },
              {
                name: 'data-files',
                priority: 1,
                test: (id: string) => DATA_FILES.has(sourcePath(id)),
                includeDependenciesRecursively: false,
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
              'deploy/**/*.test.ts',
              'bench/**/*.test.ts',
            ],
            exclude: [...configDefaults.exclude, 'pipeline/**/sitemaps.test.ts'],
          },
        },
      ],
    },
  }
})

/**
 * `tsx build/build-sw.ts [dist]`: writes dist/sw.js, the service worker,
 * with Workbox's generateSW (docs/adr/0012-offline.md). Run by `npm run
 * build` after the prerenderer, since it precaches the shell that writes.
 *
 * What it caches, and what it never does:
 * - precached at install, for good until the next deploy: the app's code and
 *   (assets/, hashed), the shell (its boot script and styles inline), pwa.js, the icons and the
 *   web app manifest. Nothing under data/: 71,000 files are not for a phone.
 * - cached as the reader opens them: the data files of films, people and
 *   catalog pages, and the search manifest (network first, so a reader online
 *   always sees the current deploy; the cache answers only offline), and the
 *   search shards (cache first: their URL holds the hash of their content).
 * - never cached: the pages' HTML (always from the network; offline, the
 *   precached shell renders the page from the cached data, so no page from an
 *   older deploy is ever shown with newer code), the sitemaps, robots.txt,
 *   the data-quality report, an error response or anything of another origin.
 */
import { generateSW } from 'workbox-build'
import type { WorkboxPlugin } from 'workbox-core/types.js'
import { resolve } from 'node:path'
import { BUILD_DATA_URL, SHARD_URL } from '../contract/data-files.ts'
import { BUILD_ID_FILE, readBuildId } from '../server/build-id.ts'

const dist = resolve(process.argv[2] ?? 'dist')
const build = readBuildId(dist)
if (!build) {
  console.error(`service worker: dist/${BUILD_ID_FILE} is missing; run \`npm run build\` whole.`)
  process.exit(1)
}

/**
 * Caches no data file of another build than this worker's (X-Build-Id): an
 * open tab on this version, online, is shown the update notice for a newer
 * build's file (src/data/fetch-json.ts) and, offline, never finds one saved.
 * generateSW writes plugins into sw.js as their source text, so the id is
 * written into the function's own text rather than closed over.
 */
const sameBuildOnly: WorkboxPlugin = {
  cacheWillUpdate: new Function(
    '{ response }',
    // One line: the text is written into sw.js with its line breaks removed.
    `return response.headers.get('x-build-id') === ${JSON.stringify(build)} || !response.headers.has('x-build-id') ? response : null`,
  ) as NonNullable<WorkboxPlugin['cacheWillUpdate']>,
}

try {
  const { count, size, warnings } = await generateSW({
    globDirectory: dist,
    globPatterns: [
      'assets/**/*.js',
      // The whole stylesheet, which boot.js links after the paint.
      'assets/**/*.css',
      'shell.html',
      'pwa.js',
      'favicon.svg',
      'manifest.webmanifest',
      'icons/*.png',
    ],
    // Hashed names change with their content: no revision needed.
    dontCacheBustURLsMatching: /^assets\//,
    swDest: resolve(dist, 'sw.js'),
    // One file, no importScripts: the CSP's script-src 'self' covers it.
    inlineWorkboxRuntime: true,
    mode: 'production',
    sourcemap: false,
    // A new worker waits until the app tells it to take over (public/pwa.js),
    // so an open tab never loses the code it is running mid-visit.
    skipWaiting: false,
    clientsClaim: true,
    cleanupOutdatedCaches: true,
    navigationPreload: true,
    runtimeCaching: [
      {
        // Pages: the network's HTML, and offline the shell, which renders any
        // route in the browser from the cached data (or says it needs the
        // connection).
        urlPattern: ({ request }) => request.mode === 'navigate',
        handler: 'NetworkOnly',
        options: { precacheFallback: { fallbackURL: '/shell.html' } },
      },
      {
        urlPattern: SHARD_URL,
        handler: 'CacheFirst',
        options: {
          cacheName: 'film-explorer-search-shards',
          cacheableResponse: { statuses: [200] },
          expiration: { maxEntries: 400 },
        },
      },
      {
        urlPattern: BUILD_DATA_URL,
        handler: 'NetworkFirst',
        options: {
          cacheName: 'film-explorer-data',
          cacheableResponse: { statuses: [200] },
          plugins: [sameBuildOnly],
          // About 5,000 files of a few kB each: a reader's months, not the catalog.
          expiration: { maxEntries: 5000 },
        },
      },
    ],
  })
  for (const warning of warnings) console.warn(`service worker: ${warning}`)
  console.log(`service worker: dist/sw.js precaches ${count} files, ${(size / 1024).toFixed(0)} kB`)
} catch (error) {
  console.error(`service worker: could not build dist/sw.js: ${(error as Error).message}`)
  process.exitCode = 1
}

/**
 * Compiles the production server (server/serve.ts and what it imports) to
 * plain JavaScript in dist-server/, so it runs on Node alone. Its packages
 * (send, negotiator, mime-types) stay imports: they are dependencies, which a
 * production install (`npm ci --omit=dev`) has.
 */
import { resolve } from 'node:path'
import { build } from 'vite'

const ROOT = resolve(import.meta.dirname, '..')

await build({
  configFile: false,
  root: ROOT,
  publicDir: false,
  logLevel: 'warn',
  build: {
    ssr: resolve(ROOT, 'server', 'serve.ts'),
    outDir: resolve(ROOT, 'dist-server'),
    emptyOutDir: true,
    target: 'node20',
  },
})
console.log('build-server: wrote dist-server/serve.js')

// `npm run serve`: runs the server the build compiled to plain JavaScript, so
// a production install (`npm ci --omit=dev`) can serve a built dist/ with no
// TypeScript tooling. Plain JavaScript itself, to say so clearly when there
// is no build rather than fail on a missing module.
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'

const server = resolve(import.meta.dirname, '..', 'dist-server', 'serve.js')
if (!existsSync(server)) {
  console.error(
    'film-explorer: there is no built server in dist-server/. Run `npm run build` first (or `npm start`, which builds when needed).',
  )
  process.exit(1)
}
await import(pathToFileURL(server).href)

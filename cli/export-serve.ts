/**
 * `npm run export:serve [-- <dir>] [--port <n>]`: serves an export (default
 * dist-export/) as a plain static host would, honouring its `_redirects`,
 * `_headers` and 404.html (build/export/static-host.ts), to try it before
 * deploying.
 */
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { createStaticHost } from '../build/export/static-host.ts'

const { values, positionals } = parseArgs({
  options: { port: { type: 'string', default: '4180' } },
  allowPositionals: true,
})
const root = resolve(positionals[0] ?? 'dist-export')
const port = Number(values.port)
if (!existsSync(root)) {
  console.error(`export:serve: ${root} does not exist: run \`npm run export\` first.`)
  process.exit(2)
}
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`export:serve: --port takes a port number, not "${values.port}"`)
  process.exit(2)
}
createStaticHost(root).listen(port, '127.0.0.1', () => {
  console.log(`export:serve: ${root} on http://127.0.0.1:${port}/`)
})

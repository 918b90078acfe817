/**
 * What the server's tests share: a small build-like folder, a server on a
 * free port, and a client on a raw socket. Raw, so a test sends exactly the
 * bytes it means (malformed ones included) and reads exactly what the server
 * wrote, with nothing in between (MSW patches Node's HTTP client in tests).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { connect } from 'node:net'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { compressDirectory } from '../../build/compress.ts'
import type { PageRenderer } from '../../server/page-renderer.ts'
import { renderedPages } from '../../server/rendered-pages.ts'
import {
  appShell,
  createStaticServer,
  staticFiles,
  type StaticServerOptions,
} from '../../server/static-server.ts'

export const SCRIPT = `console.log(${JSON.stringify('film '.repeat(600))})\n`
export const PAGE = `<!doctype html><title>Mask</title>${'<p>Cher as Rusty</p>'.repeat(40)}\n`

const FILES: Record<string, string> = {
  'index.html': PAGE.replace('Mask', 'Catalog'),
  'shell.html': PAGE.replace('Mask', 'Shell'),
  '404.html': PAGE.replace('Mask', 'Not found'),
  'films/mask-1985/index.html': PAGE,
  'films/mask-1985/cast/index.html': PAGE.replace('Mask', 'Cast'),
  'assets/core-abc123.js': SCRIPT,
  'data/films/mask-1985.json': JSON.stringify({ id: 'mask-1985', cast: 'Cher '.repeat(200) }),
  'data/people/cher.json': JSON.stringify({ id: 'cher', filmography: 'Mask '.repeat(200) }),
  'favicon.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
  '.secret': 'not for anyone',
}

export async function makeFixture(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'film-explorer-server-'))
  for (const [path, content] of Object.entries(FILES)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true })
    writeFileSync(join(dir, path), content)
  }
  await compressDirectory(dir)
  return dir
}

export interface Running {
  readonly port: number
  readonly dir: string
  readonly logs: string[]
  close(): Promise<void>
}

/** `options` may depend on the folder being served (a page renderer reads its data). */
export async function startServer(
  options: (dir: string) => Pick<StaticServerOptions, 'notFound' | 'clientErrorIntervalMs'> & {
    /** A page renderer, composed between the files and the shell as npm start's server does. */
    readonly pages?: Pick<PageRenderer, 'lookup'>
  } = () => ({}),
): Promise<Running> {
  const dir = await makeFixture()
  const logs: string[] = []
  const { pages, ...rest } = options(dir)
  const server = createStaticServer(
    dir,
    { fallback: 'shell.html', log: (line) => logs.push(line), ...rest },
    pages
      ? [staticFiles(dir), renderedPages(pages), appShell(dir, 'shell.html')]
      : [staticFiles(dir), appShell(dir, 'shell.html')],
  )
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  return {
    port: (server.address() as AddressInfo).port,
    dir,
    logs,
    close: async () => {
      server.closeAllConnections()
      await new Promise((done) => server.close(done))
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

export interface RawResponse {
  readonly status: number
  readonly headers: Readonly<Record<string, string>>
  readonly body: Buffer
}

/** Sends bytes as they are and reads the answer until the server closes. */
export function rawRequest(port: number, request: string | Buffer): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    // Written, not ended: Node's server drops a connection the client half-closes.
    const socket = connect(port, '127.0.0.1', () => socket.write(request))
    socket.setTimeout(5_000, () => socket.destroy(new Error('no answer within 5 s')))
    socket.on('data', (chunk) => chunks.push(chunk))
    socket.on('error', reject)
    socket.on('close', () => {
      try {
        resolve(parseResponse(Buffer.concat(chunks)))
      } catch (error) {
        reject(error)
      }
    })
  })
}

export function parseResponse(bytes: Buffer): RawResponse {
  const end = bytes.indexOf('\r\n\r\n')
  if (end === -1)
    throw new Error(
      `not an HTTP response: ${JSON.stringify(bytes.toString('latin1').slice(0, 80))}`,
    )
  const [statusLine = '', ...lines] = bytes.subarray(0, end).toString('latin1').split('\r\n')
  const match = /^HTTP\/1\.1 (\d{3}) /.exec(statusLine)
  if (!match) throw new Error(`not an HTTP status line: ${JSON.stringify(statusLine)}`)
  const headers: Record<string, string> = {}
  for (const line of lines) {
    const colon = line.indexOf(':')
    const name = line.slice(0, colon).trim().toLowerCase()
    const value = line.slice(colon + 1).trim()
    headers[name] = name in headers ? `${headers[name]}, ${value}` : value
  }
  return { status: Number(match[1]), headers, body: bytes.subarray(end + 4) }
}

/** An ordinary request: `GET /path` with the given headers, one per connection. */
export function get(
  port: number,
  path: string,
  headers: Record<string, string> = {},
  method = 'GET',
): Promise<RawResponse> {
  const lines = [`${method} ${path} HTTP/1.1`, 'Host: 127.0.0.1', 'Connection: close']
  for (const [name, value] of Object.entries(headers)) lines.push(`${name}: ${value}`)
  return rawRequest(port, `${lines.join('\r\n')}\r\n\r\n`)
}

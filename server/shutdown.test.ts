import { spawn, type ChildProcess } from 'node:child_process'
import { createServer, type Server } from 'node:http'
import { connect, type AddressInfo, type Socket } from 'node:net'
import { join } from 'node:path'
import { prepareShutdown } from './shutdown.ts'
import { createStaticServer, SERVER_TIMEOUTS } from './static-server.ts'
import { get, parseResponse } from '../tests/server/test-support.ts'

/** A connection that stays open, and what the server wrote on it until it closed. */
function openConnection(port: number, send: string) {
  const socket: Socket = connect(port, '127.0.0.1', () => socket.write(send))
  const chunks: Buffer[] = []
  socket.on('data', (chunk) => chunks.push(chunk))
  socket.on('error', () => {})
  const closed = new Promise<Buffer>((resolve) =>
    socket.on('close', () => resolve(Buffer.concat(chunks))),
  )
  const answered = new Promise<void>((resolve) => socket.once('data', () => resolve()))
  return { socket, closed, answered }
}

const listen = (server: Server) =>
  new Promise<number>((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)),
  )

describe('stopping a server', () => {
  let server: Server
  let release: () => void = () => {}
  let arrived: Promise<void>
  let stop: (deadlineMs: number) => Promise<'drained' | 'cut'>
  let port: number
  beforeEach(async () => {
    // `/slow` answers when the test says so: a request in flight.
    let markArrived: () => void = () => {}
    arrived = new Promise((resolve) => (markArrived = resolve))
    server = createServer((req, res) => {
      const answer = () => res.end('done\n')
      if (req.url !== '/slow') return answer()
      release = answer
      markArrived()
    })
    stop = prepareShutdown(server)
    port = await listen(server)
  })
  afterEach(() => {
    server.closeAllConnections()
    server.close()
  })

  it('finishes a request in flight, closing its connection after it, then stops', async () => {
    const client = openConnection(port, 'GET /slow HTTP/1.1\r\nHost: x\r\n\r\n')
    await arrived
    const stopped = stop(60_000)
    release()
    const response = parseResponse(await client.closed)
    expect(response.status).toBe(200)
    expect(response.headers.connection).toBe('close')
    expect(response.body.toString()).toContain('done')
    expect(await stopped).toBe('drained')
  })

  it('closes an idle keep-alive connection at once', async () => {
    const client = openConnection(port, 'GET / HTTP/1.1\r\nHost: x\r\n\r\n')
    await client.answered
    // The deadline is a minute: only closing the idle connection ends this in time.
    expect(await stop(60_000)).toBe('drained')
    await client.closed
  })

  it('cuts a half-sent request at the deadline', async () => {
    const client = openConnection(port, 'GET / HTTP/1.1\r\n')
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(await stop(200)).toBe('cut')
    await client.closed
    expect(client.socket.destroyed).toBe(true)
  })
})

it("sets the server's own timeouts rather than Node's", () => {
  const server = createStaticServer('.', { fallback: 'shell.html' })
  expect(server.headersTimeout).toBe(SERVER_TIMEOUTS.headersTimeout)
  expect(server.requestTimeout).toBe(SERVER_TIMEOUTS.requestTimeout)
  expect(server.keepAliveTimeout).toBe(SERVER_TIMEOUTS.keepAliveTimeout)
  expect(server.headersTimeout).toBeLessThan(60_000)
})

describe('the server process on SIGTERM', () => {
  const children: ChildProcess[] = []
  afterEach(() => {
    for (const child of children.splice(0)) child.kill('SIGKILL')
  })

  /** The server in a child process, with the given deadline for stopping. */
  async function spawnServer(deadlineMs: number) {
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        join(import.meta.dirname, '..', 'tests', 'server', 'test-child-server.ts'),
        String(deadlineMs),
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    )
    children.push(child)
    let output = ''
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()))
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve))
    const port = await vi.waitFor(
      () => {
        const match = /listening on (\d+)/.exec(output)
        if (!match) throw new Error('not listening yet')
        return Number(match[1])
      },
      { timeout: 20_000, interval: 50 },
    )
    return { child, port, exited, output: () => output }
  }

  it('exits within its deadline while a client holds a half-sent request', async () => {
    const server = await spawnServer(1_000)
    expect((await get(server.port, '/films/mask-1985')).status).toBe(200)
    // Two 404s: the second is only counted, and its summary is owed at the stop.
    for (const path of ['/nope.js', '/nope.js'])
      expect((await get(server.port, path)).status).toBe(404)
    const client = openConnection(server.port, 'GET / HTTP/1.1\r\n')
    await new Promise((resolve) => setTimeout(resolve, 100))
    server.child.kill('SIGTERM')
    // Generous: the deadline is 1 s; before, the process stayed up for good.
    expect(await server.exited).toBe(1)
    await client.closed
    expect(server.output()).toContain('connections still open after 1 s were cut')
    expect(server.output()).toMatch(/404: 2 requests in the last \d+ s, top paths: "\/nope\.js" ×2/)
  }, 30_000)

  it('exits at once on a second signal', async () => {
    const server = await spawnServer(120_000)
    openConnection(server.port, 'GET / HTTP/1.1\r\n')
    await new Promise((resolve) => setTimeout(resolve, 100))
    server.child.kill('SIGTERM')
    await vi.waitFor(() => expect(server.output()).toContain('SIGTERM: stopping'), {
      timeout: 5_000,
    })
    server.child.kill('SIGINT')
    // Within the test's timeout, far below the two minutes of the deadline.
    expect(await server.exited).toBe(1)
    expect(server.output()).toContain('SIGINT again: stopping now')
  }, 30_000)

  it('exits with 0 when nothing is in flight', async () => {
    const server = await spawnServer(120_000)
    expect((await get(server.port, '/')).status).toBe(200)
    server.child.kill('SIGTERM')
    expect(await server.exited).toBe(0)
    expect(server.output()).toContain('film-explorer: stopped\n')
  }, 30_000)
})

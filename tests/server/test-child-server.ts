/**
 * A test's server in a process of its own, so a test can send it real
 * signals (shutdown.test.ts): the static server over a fixture folder,
 * stopping as `npm start`'s does, with the deadline given as its argument.
 * It prints `listening on <port>` once it listens, and its log.
 */
import { rmSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { stopOnSignals } from '../../server/shutdown.ts'
import { createStaticServer } from '../../server/static-server.ts'
import { makeFixture } from './test-support.ts'

const deadlineMs = Number(process.argv[2] ?? 10_000)
const dir = await makeFixture()
process.on('exit', () => rmSync(dir, { recursive: true, force: true }))
const server = createStaticServer(dir, {
  fallback: 'shell.html',
  log: (line) => console.log(line),
  clientErrorIntervalMs: 600_000,
})
stopOnSignals(server, { deadlineMs })
server.listen(0, '127.0.0.1', () => {
  console.log(`listening on ${(server.address() as AddressInfo).port}`)
})

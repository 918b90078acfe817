import '@testing-library/jest-dom/vitest'
import { cleanup } from '@testing-library/react'
import { server } from './server.ts'

// MSW answers the app's data requests; a request nobody expected is a test bug.
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterEach(() => {
  cleanup()
  server.resetHandlers()
})
afterAll(() => server.close())

// A console error or warning means React or the router saw something wrong
// (a key, an act() warning, a missing fallback): it fails the test it happened
// in. Recorded and checked after the test, so a warning raised inside React's
// render is reported against the test, not as a stray exception.
const consoleCalls: string[] = []
for (const method of ['error', 'warn'] as const) {
  const original = console[method].bind(console)
  vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
    consoleCalls.push(`console.${method}: ${args.map(String).join(' ')}`)
    original(...args)
  })
}
afterEach(() => {
  const calls = consoleCalls.splice(0)
  expect(calls, 'console.error/console.warn must stay silent').toEqual([])
})

// jsdom does not lay out or scroll; the router's scroll restoration calls
// these. (Node-environment tests, such as the ingest's, have no window.)
if (typeof window !== 'undefined') {
  window.scrollTo = () => {}
  Element.prototype.scrollIntoView = () => {}
}

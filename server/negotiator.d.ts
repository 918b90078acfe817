// negotiator 1.x takes a `preferred` order for ties; DefinitelyTyped's types
// (0.6) predate it. Only what the server uses is declared.
declare module 'negotiator' {
  import type { IncomingHttpHeaders } from 'node:http'

  export default class Negotiator {
    constructor(request: { headers: IncomingHttpHeaders })
    encodings(available: readonly string[], options?: { preferred?: readonly string[] }): string[]
  }
}

/**
 * A decade file read whole: the array's elements with the line each starts
 * on, or the line and column where the JSON breaks. Node 20's JSON.parse
 * says "Unexpected end of JSON input" with no position, so a small scanner
 * checks the syntax first and finds the place; JSON.parse then builds the
 * values. The scanner follows RFC 8259 and is tested against JSON.parse.
 */

export type ArrayRead =
  | { readonly ok: true; readonly elements: unknown[]; readonly lines: number[] }
  | { readonly ok: false; readonly line: number; readonly column: number; readonly problem: string }

class JsonSyntax extends Error {
  readonly offset: number
  readonly problem: string
  constructor(offset: number, problem: string) {
    super(problem)
    this.offset = offset
    this.problem = problem
  }
}

const WHITESPACE = new Set([' ', '\t', '\n', '\r'])
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y
const ESCAPE = /\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/y

class Scanner {
  pos = 0
  readonly text: string
  constructor(text: string) {
    this.text = text
  }

  fail(problem: string): never {
    const found = this.pos < this.text.length ? `“${this.text[this.pos]}”` : 'the end of the file'
    throw new JsonSyntax(this.pos, `${problem}, found ${found}`)
  }

  space() {
    while (WHITESPACE.has(this.text[this.pos] ?? '')) this.pos += 1
  }

  value() {
    this.space()
    const c = this.text[this.pos]
    if (c === '{') return this.container('}', () => (this.string(), this.expect(':'), this.value()))
    if (c === '[') return this.container(']', () => this.value())
    if (c === '"') return this.string()
    for (const word of ['true', 'false', 'null'])
      if (this.text.startsWith(word, this.pos)) return void (this.pos += word.length)
    NUMBER.lastIndex = this.pos
    if (NUMBER.exec(this.text)) return void (this.pos = NUMBER.lastIndex)
    this.fail('expected a value')
  }

  expect(char: string) {
    this.space()
    if (this.text[this.pos] !== char) this.fail(`expected “${char}”`)
    this.pos += 1
  }

  container(close: string, member: () => void) {
    this.pos += 1
    this.space()
    if (this.text[this.pos] === close) return void (this.pos += 1)
    for (;;) {
      if (close === '}') this.space()
      if (close === '}' && this.text[this.pos] !== '"') this.fail('expected a key')
      member()
      this.space()
      const c = this.text[this.pos]
      if (c === close) return void (this.pos += 1)
      if (c !== ',') this.fail(`expected “,” or “${close}”`)
      this.pos += 1
    }
  }

  string() {
    this.pos += 1
    for (;;) {
      const c = this.text[this.pos]
      if (c === undefined) this.fail('expected the end of a string')
      if (c === '"') return void (this.pos += 1)
      if (c === '\\') {
        ESCAPE.lastIndex = this.pos
        if (!ESCAPE.exec(this.text)) this.fail('expected an escape such as \\n or \\u00e9')
        this.pos = ESCAPE.lastIndex
      } else if (c < ' ') {
        this.fail('expected no control character in a string')
      } else {
        this.pos += 1
      }
    }
  }
}

function lineAndColumn(text: string, offset: number) {
  const before = text.slice(0, offset)
  const line = before.split('\n').length
  return { line, column: offset - before.lastIndexOf('\n') }
}

/** Reads `text` as one JSON array, each element with its 1-based line. */
export function readJsonArray(text: string): ArrayRead {
  const scanner = new Scanner(text.replace(/^\uFEFF/, ' '))
  const starts: number[] = []
  try {
    scanner.space()
    if (scanner.text[scanner.pos] !== '[') scanner.fail('expected the “[” that opens the list')
    scanner.container(']', () => {
      scanner.space()
      starts.push(scanner.pos)
      scanner.value()
    })
    scanner.space()
    if (scanner.pos < text.length) scanner.fail('expected nothing after the list’s “]”')
  } catch (error) {
    if (!(error instanceof JsonSyntax)) throw error
    return { ok: false, ...lineAndColumn(text, error.offset), problem: error.problem }
  }
  const elements = JSON.parse(scanner.text) as unknown[]
  let line = 1
  let at = 0
  const lines = starts.map((start) => {
    for (; at < start; at += 1) if (text.charCodeAt(at) === 10) line += 1
    return line
  })
  return { ok: true, elements, lines }
}

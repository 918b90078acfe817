import fc from 'fast-check'
import { readJsonArray } from './json-array.ts'

describe('readJsonArray', () => {
  it('gives each element of a one-a-line file its line', () => {
    expect(readJsonArray('[\n{"a": 1},\n{"a": [2, "]"]},\n3\n]\n')).toEqual({
      ok: true,
      elements: [{ a: 1 }, { a: [2, ']'] }, 3],
      lines: [2, 3, 4],
    })
  })

  it('gives each element of a pretty-printed file the line it starts on', () => {
    const text = JSON.stringify([{ title: 'A', cast: ['x', 'y'] }, { title: 'B' }], null, 2)
    const read = readJsonArray(text)
    expect(read).toMatchObject({ ok: true, lines: [2, 9] })
    expect(text.split('\n')[8]).toBe('  {')
  })

  it('names the line and column where a file cut in half ends', () => {
    expect(readJsonArray('[\n{"title": "A"},\n{"title": "Mur')).toEqual({
      ok: false,
      line: 3,
      column: 15,
      problem: 'expected the end of a string, found the end of the file',
    })
    expect(readJsonArray('[\n{"title": "A"},\n')).toMatchObject({ ok: false, line: 3, column: 1 })
  })

  it('names the place of a broken element, and of text that is no list', () => {
    expect(readJsonArray('[\n{"a": 1},,\n{"a": 2}\n]')).toMatchObject({
      ok: false,
      line: 2,
      column: 10,
      problem: 'expected a value, found “,”',
    })
    expect(readJsonArray('{"a": 1}')).toMatchObject({ ok: false, line: 1, column: 1 })
    expect(readJsonArray('')).toMatchObject({ ok: false, line: 1, column: 1 })
    expect(readJsonArray('[1]\n[2]')).toMatchObject({ ok: false, line: 2, column: 1 })
  })

  it('accepts exactly the arrays JSON.parse accepts, with the same values', () => {
    const jsonish = fc.oneof(
      fc.json().map((json) => `[${json}]`),
      fc.array(fc.json(), { maxLength: 4 }).map((items) => `[\n${items.join(',\n')}\n]`),
      // Cut short, or with one character dropped: broken as often as not.
      fc
        .tuple(fc.array(fc.json(), { maxLength: 4 }), fc.nat(), fc.boolean())
        .map(([items, at, cut]) => {
          const text = `[${items.join(',')}]`
          const i = at % (text.length + 1)
          return cut ? text.slice(0, i) : text.slice(0, i) + text.slice(i + 1)
        }),
    )
    fc.assert(
      fc.property(jsonish, (text) => {
        let parsed: unknown
        try {
          parsed = JSON.parse(text)
        } catch {
          parsed = undefined
        }
        const read = readJsonArray(text)
        if (Array.isArray(parsed)) expect(read).toMatchObject({ ok: true, elements: parsed })
        else expect(read.ok).toBe(false)
      }),
      { numRuns: 2000 },
    )
  })
})

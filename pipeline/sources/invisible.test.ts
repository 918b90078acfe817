import { stripInvisible } from './invisible.ts'

describe('stripInvisible', () => {
  it.each([
    ['bidi embeddings and overrides', '\u202A\u202B\u202C\u202D\u202E'],
    ['bidi isolates', '\u2066\u2067\u2068\u2069'],
    ['directional marks', '\u200E\u200F\u061C'],
    ['zero-width space, word joiner, byte-order mark', '\u200B\u2060\uFEFF'],
    ['soft hyphen and Hangul filler', '\u00AD\u3164'],
  ])('removes %s', (_name, chars) => {
    expect(stripInvisible(`A${chars}B`).text).toBe('AB')
  })

  it('keeps the joiners real scripts need, and everything visible', () => {
    const text = 'می\u200Cخواهم क्\u200Dष 👩\u200D🔬 Amélie — 東京 ‘quoted’'
    expect(stripInvisible(text)).toEqual({ text, removed: [], shown: text })
  })

  it('says what it removed, and shows where', () => {
    expect(stripInvisible('\u202Eabc\u202E')).toEqual({
      text: 'abc',
      removed: ['U+202E'],
      shown: '<U+202E>abc<U+202E>',
    })
  })
})

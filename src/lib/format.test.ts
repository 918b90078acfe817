import { describe, expect, it } from 'vitest'
import { formatCount, formatFilmLabel, formatOneLine, formatYearAfter, plural } from './format.ts'

describe('formatCount', () => {
  it.each([
    [0, '0'],
    [7, '7'],
    [999, '999'],
    [1000, '1,000'],
    [10000, '10,000'],
    [123456, '123,456'],
    [1234567, '1,234,567'],
    [1234.5, '1,234.5'],
  ])('writes %d as %s, as en-US does', (value, expected) => {
    expect(formatCount(value)).toBe(expected)
    expect(formatCount(value)).toBe(value.toLocaleString('en-US'))
  })
})

describe('plural', () => {
  it('picks the word by the count', () => {
    expect(plural(1, 'cast member', 'cast members')).toBe('1 cast member')
    expect(plural(0, 'cast member', 'cast members')).toBe('0 cast members')
    expect(plural(10000, 'cast member', 'cast members')).toBe('10,000 cast members')
  })
})

describe('formatFilmLabel', () => {
  it('puts the year in brackets after a plain title', () => {
    expect(formatFilmLabel('Mask', 1985)).toBe('Mask (1985)')
  })

  it('heads a title that ends in brackets as every other, "(Untitled) (2009)" too', () => {
    expect(formatFilmLabel('(Untitled)', 2009)).toBe('(Untitled) (2009)')
    expect(formatFilmLabel('The Human Centipede (First Sequence)', 2010)).toBe(
      'The Human Centipede (First Sequence) (2010)',
    )
    expect(formatYearAfter(2009)).toEqual([' ', '(2009)'])
    expect(formatYearAfter(null)).toEqual(['', ''])
  })

  it('puts what tells twins apart after the year, or alone where the year is shown apart', () => {
    expect(formatFilmLabel('Carmen', 1915, 'Cecil B. DeMille')).toBe(
      'Carmen (1915, Cecil B. DeMille)',
    )
    expect(formatFilmLabel('Carmen', null, 'Raoul Walsh')).toBe('Carmen (Raoul Walsh)')
    expect(formatFilmLabel('Carmen', null)).toBe('Carmen')
    expect(formatFilmLabel('(Untitled)', 2009, 'with Ann Dvorak')).toBe(
      '(Untitled) (2009, with Ann Dvorak)',
    )
  })
})

describe('formatOneLine', () => {
  it('joins paragraphs and collapses whitespace into one line', () => {
    expect(formatOneLine('  First  paragraph.\n\nSecond\tone.\n')).toBe(
      'First paragraph. Second one.',
    )
  })

  it('cuts long text at a word, with an ellipsis, within the length', () => {
    const text = 'When a crate goes missing from the night shift, Jack Doyle is blamed.'
    expect(formatOneLine(text, 50)).toBe('When a crate goes missing from the night shift…')
    expect(formatOneLine(text, 50).length).toBeLessThanOrEqual(50)
    expect(formatOneLine(text, 200)).toBe(text)
  })

  it('cuts a single word longer than the line, rather than leaving nothing', () => {
    expect(formatOneLine('Supercalifragilistic', 10)).toBe('Supercali…')
  })
})

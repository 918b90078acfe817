import { describe, expect, it } from 'vitest'
import { titleSortKey } from './title-sort.ts'

describe('titleSortKey', () => {
  it.each([
    ['-30-', '30-'],
    ['...All the Marbles', 'All the Marbles'],
    ["'49–'17", "49–'17"],
    ["'Gator Bait", 'Gator Bait'],
    ['(500) Days of Summer', '500) Days of Summer'],
    ['Mask', 'Mask'],
    ['Émile', 'Émile'],
    ['!!!', '!!!'],
  ])('files %s from %s', (title, key) => {
    expect(titleSortKey(title)).toBe(key)
  })
})

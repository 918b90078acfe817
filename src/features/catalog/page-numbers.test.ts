import fc from 'fast-check'
import { pageNumbers } from './page-numbers.ts'

describe('pageNumbers', () => {
  it.each<[number, number, Array<number | null>]>([
    [1, 1, [1]],
    [1, 2, [1, 2]],
    [1, 363, [1, 2, null, 363]],
    [3, 363, [1, 2, 3, 4, null, 363]],
    [4, 363, [1, 2, 3, 4, 5, null, 363]],
    [5, 363, [1, null, 4, 5, 6, null, 363]],
    [362, 363, [1, null, 361, 362, 363]],
    [363, 363, [1, null, 362, 363]],
    [3, 5, [1, 2, 3, 4, 5]],
  ])('page %i of %i shows %j', (page, pages, numbers) => {
    expect(pageNumbers(page, pages)).toEqual(numbers)
  })

  it('always shows the first, the last and the current page, in order, with no gap of one', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 5000 })
          .chain((pages) => fc.tuple(fc.integer({ min: 1, max: pages }), fc.constant(pages))),
        ([page, pages]) => {
          const numbers = pageNumbers(page, pages)
          const shown = numbers.filter((n) => n !== null)
          expect(shown).toContain(1)
          expect(shown).toContain(page)
          expect(shown).toContain(pages)
          expect(shown).toEqual([...new Set(shown)].sort((a, b) => a - b))
          numbers.forEach((n, i) => {
            if (n === null)
              expect((numbers[i + 1] as number) - (numbers[i - 1] as number)).toBeGreaterThan(2)
          })
          expect(numbers.length).toBeLessThanOrEqual(7)
        },
      ),
    )
  })
})

import { describe, expect, it } from 'vitest'
import { formatIsoDate, formatMoney } from './format-facts.ts'

describe('formatIsoDate', () => {
  it.each([
    ['1985-03-08', '8 March 1985'],
    ['1979-10-02', '2 October 1979'],
    ['1962-12-31', '31 December 1962'],
    ['2000-01-01', '1 January 2000'],
  ])('writes %s as %s, as the film pages do', (iso, written) => {
    expect(formatIsoDate(iso)).toBe(written)
  })
})

describe('formatMoney', () => {
  it.each([
    [42_400_000, 'USD', '$42,400,000'],
    [15_000, 'GBP', '£15,000'],
    [999.6, 'EUR', '€1,000'],
    [1_000_000, 'FRF', 'FRF 1,000,000'],
  ])('writes %d %s as %s', (amount, currency, written) => {
    expect(formatMoney(amount, currency)).toBe(written)
  })
})

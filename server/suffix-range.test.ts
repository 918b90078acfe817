import { widenLongSuffix } from './suffix-range.ts'

it.each([
  ['bytes=-999999', 100, 'bytes=0-'],
  ['bytes=-100', 100, 'bytes=0-'],
  ['bytes= - 500 ', 100, 'bytes=0-'],
  ['bytes=-99', 100, 'bytes=-99'],
  ['bytes=-0', 100, 'bytes=-0'],
  ['bytes=0-5', 100, 'bytes=0-5'],
  ['bytes=-5,-999', 100, 'bytes=-5,-999'],
  ['items=-999', 100, 'items=-999'],
])('%s on %i bytes is read as %s', (range, size, expected) => {
  expect(widenLongSuffix(range, size)).toBe(expected)
})

import { cacheControlFor } from './headers.ts'

/** The policy a shared cache in front reads (docs/adr/0017-behind-a-cache.md). */
describe('cacheControlFor', () => {
  it.each([
    ['/assets/core-abc123.js', 200, 'public, max-age=31536000, immutable'],
    ['/data/search/8f7cf9078071/ch.json', 200, 'public, max-age=31536000, immutable'],
    ['/films/mask-1985', 200, 'public, max-age=0, s-maxage=10'],
    ['/films/mask-1985', 304, 'public, max-age=0, s-maxage=10'],
    ['/sw.js', 200, 'public, max-age=0, s-maxage=10'],
    ['/build.json', 200, 'public, max-age=0, s-maxage=10'],
    ['/data/films/mask-1985.json', 200, 'public, max-age=0, s-maxage=10'],
    ['/films/unknown-1999', 404, 'public, max-age=0, s-maxage=10'],
    ['/data/films/unknown-1999.json', 404, 'public, max-age=0, s-maxage=10'],
    ['/assets/core-new123.js', 404, 'no-store'],
    ['/films/mask-1985', 308, 'no-store'],
    ['/%zz', 400, 'no-store'],
    ['/films/mask-1985', 500, 'no-store'],
    ['/films/mask-1985', 503, 'no-store'],
  ])('%s answered %i: %s', (path, status, expected) => {
    expect(cacheControlFor(path, status)).toBe(expected)
  })
})

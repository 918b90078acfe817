import { createClientErrorLog } from './client-error-log.ts'

describe('the client error log', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  function setUp(options = {}) {
    const lines: string[] = []
    const log = createClientErrorLog((line) => lines.push(line), { intervalMs: 60_000, ...options })
    const notFound = (path: string, times = 1) => {
      for (let i = 0; i < times; i += 1) log.record(404, `"${path}"`, `404 GET "${path}"`)
    }
    return { lines, log, notFound }
  }

  it('writes the first of a status at once and sums up the rest once a minute', () => {
    const { lines, log, notFound } = setUp()
    notFound('/a', 1_200)
    notFound('/b', 30)
    log.record(405, '"/"', '405 POST "/"')
    expect(lines).toEqual(['404 GET "/a"', '405 POST "/"'])
    vi.advanceTimersByTime(60_000)
    expect(lines.slice(2)).toEqual([
      'film-explorer: 404: 1,230 requests in the last 60 s, top paths: "/a" ×1,200, "/b" ×30',
    ])
    // A quiet minute writes nothing; the next 404 is written at once again.
    vi.advanceTimersByTime(60_000)
    expect(lines).toHaveLength(3)
    notFound('/c')
    expect(lines.at(-1)).toBe('404 GET "/c"')
    log.stop()
  })

  it('names the top paths and counts the others, keeping a bounded number of paths', () => {
    const { lines, log, notFound } = setUp({ maxPaths: 10, topPaths: 3 })
    notFound('/popular', 50)
    for (let i = 0; i < 10_000; i += 1) notFound(`/random-${i}`)
    log.flush()
    expect(lines.at(-1)).toBe(
      'film-explorer: 404: 10,050 requests in the last 0 s, top paths: "/popular" ×50, "/random-0" ×1, "/random-1" ×1, other paths ×9,998',
    )
    log.stop()
  })
})

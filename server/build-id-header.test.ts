import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { get, startServer, type Running } from '../tests/server/test-support.ts'

/** The build's id goes with each data file, so a tab can tell a newer build's data from its own. */
describe('X-Build-Id', () => {
  let running: Running
  beforeAll(async () => {
    running = await startServer((dir) => {
      // Written before the server starts: it reads the id once, as npm start does.
      writeFileSync(join(dir, 'build.json'), '{"id":"4c74b1338e8e"}\n')
      mkdirSync(join(dir, 'data', 'search', 'abcdef123456'), { recursive: true })
      writeFileSync(join(dir, 'data', 'search', 'abcdef123456', 'ch.json'), '{}')
      writeFileSync(join(dir, 'data', 'search', 'manifest.json'), '{}')
      return {}
    })
  })
  afterAll(() => running.close())

  it.each(['/data/films/mask-1985.json', '/data/people/cher.json', '/data/search/manifest.json'])(
    'names the build on %s',
    async (path) => {
      const response = await get(running.port, path, { 'Accept-Encoding': 'br' })
      expect(response.status).toBe(200)
      expect(response.headers['x-build-id']).toBe('4c74b1338e8e')
    },
  )

  it('names it on a 304 too, so a revalidated copy keeps it', async () => {
    const first = await get(running.port, '/data/films/mask-1985.json')
    const again = await get(running.port, '/data/films/mask-1985.json', {
      'If-None-Match': first.headers.etag ?? '',
    })
    expect(again.status).toBe(304)
    expect(again.headers['x-build-id']).toBe('4c74b1338e8e')
  })

  it.each(['/data/search/abcdef123456/ch.json', '/assets/core-abc123.js', '/films/mask-1985'])(
    'leaves it off %s, which no build owns alone (a hash names it) or which is not data',
    async (path) => {
      const response = await get(running.port, path)
      expect(response.status).toBe(200)
      expect(response.headers['x-build-id']).toBeUndefined()
    },
  )

  it('behind a proxy that can ask another server, refuses data asked for by another build with a 404 naming its own, never cached', async () => {
    const response = await get(running.port, '/data/films/mask-1985.json', {
      'X-Build-Id': '0ld0ld0ld0ld',
      'X-Build-Strict': '1',
    })
    expect(response.status).toBe(404)
    expect(response.headers['x-build-id']).toBe('4c74b1338e8e')
    expect(response.headers['cache-control']).toBe('no-store')
    expect(response.headers['content-security-policy']).toBeDefined()
  })

  it('serves data asked for by its own build, and files no build owns to any', async () => {
    const own = await get(running.port, '/data/films/mask-1985.json', {
      'X-Build-Id': '4c74b1338e8e',
      'X-Build-Strict': '1',
    })
    expect(own.status).toBe(200)
    for (const path of ['/data/search/abcdef123456/ch.json', '/assets/core-abc123.js']) {
      const response = await get(running.port, path, {
        'X-Build-Id': '0ld0ld0ld0ld',
        'X-Build-Strict': '1',
      })
      expect(response.status).toBe(200)
    }
  })

  it('alone (no proxy to ask another), sends its data to another build, which the tab refuses itself', async () => {
    const response = await get(running.port, '/data/films/mask-1985.json', {
      'X-Build-Id': '0ld0ld0ld0ld',
    })
    expect(response.status).toBe(200)
    expect(response.headers['x-build-id']).toBe('4c74b1338e8e')
  })
})

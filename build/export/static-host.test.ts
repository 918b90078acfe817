import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createStaticHost } from './static-host.ts'
import { get as rawGet } from '../../tests/server/test-support.ts'

const root = mkdtempSync(join(tmpdir(), 'static-host-'))
// Made once the folder holds its `_redirects` and `_headers`, which it reads at the start.
let host: ReturnType<typeof createStaticHost>
let port = 0

beforeAll(async () => {
  mkdirSync(join(root, 'films', 'mask-1985'), { recursive: true })
  writeFileSync(join(root, 'films', 'mask-1985', 'index.html'), 'Mask')
  writeFileSync(join(root, '404.html'), 'Not found')
  writeFileSync(join(root, 'secret.txt'), 'outside')
  writeFileSync(
    join(root, '_redirects'),
    '/films/:id/cast /films/:id/index.html 200\n/old/* /new/:splat 301\n',
  )
  writeFileSync(join(root, '_headers'), '/*\n  X-Test: yes\n/films/*\n  X-Film: yes\n')
  host = createStaticHost(root)
  await new Promise<void>((done) => host.listen(0, '127.0.0.1', done))
  port = (host.address() as AddressInfo).port
})

afterAll(() => {
  host.close()
  rmSync(root, { recursive: true, force: true })
})

// Plain sockets: the tests' fetch is MSW's, which refuses what it has no handler for.
const get = async (path: string) => {
  const { status, headers, body } = await rawGet(port, path)
  return { status, body: body.toString(), headers: new Headers(headers) }
}

describe('the plain static host', () => {
  it('serves a folder’s page at its address, with or without a trailing slash', async () => {
    expect(await get('/films/mask-1985')).toMatchObject({ status: 200, body: 'Mask' })
    expect(await get('/films/mask-1985/')).toMatchObject({ status: 200, body: 'Mask' })
  })

  it('answers a rewrite with its target and 200, a redirect with its status', async () => {
    expect(await get('/films/mask-1985/cast')).toMatchObject({ status: 200, body: 'Mask' })
    const moved = await get('/old/a/b')
    expect(moved.status).toBe(301)
    expect(moved.headers.get('location')).toBe('/new/a/b')
  })

  it('answers a missing page, or a rewrite to one, with 404.html and 404', async () => {
    expect(await get('/films/nope')).toMatchObject({ status: 404, body: 'Not found' })
    expect(await get('/films/nope/cast')).toMatchObject({ status: 404, body: 'Not found' })
    expect(await get('/..%2f..%2fetc/passwd')).toMatchObject({ status: 404 })
  })

  it('sends the headers of every `_headers` rule that matches', async () => {
    const { headers } = await get('/films/mask-1985')
    expect(headers.get('x-test')).toBe('yes')
    expect(headers.get('x-film')).toBe('yes')
    expect((await get('/films/nope')).headers.get('x-test')).toBe('yes')
  })
})

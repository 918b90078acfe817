import { http, HttpResponse } from 'msw'
import { packOf } from '../../contract/packed-data.ts'
import { server } from '../test/server.ts'
import { readPacked } from './packed-source.ts'

const packUrl = (path: string) => `*/${packOf(path)?.file}`

describe('the static export’s data source', () => {
  it('reads a film from its pack, and a second film of the pack without fetching again', async () => {
    const path = 'data/films/mask-1985.json'
    let fetches = 0
    server.use(
      http.get(packUrl(path), () => {
        fetches += 1
        return HttpResponse.json({ 'mask-1985': { id: 'mask-1985' }, 'other-1990': { id: 'x' } })
      }),
    )
    await expect(readPacked(path)).resolves.toEqual({ id: 'mask-1985' })
    const sibling = packOf('data/films/other-1990.json')
    // The same pack only if the two ids hash alike; the test reads the one it fetched.
    if (sibling?.file === packOf(path)?.file) {
      await expect(readPacked('data/films/other-1990.json')).resolves.toEqual({ id: 'x' })
    }
    await expect(readPacked(path)).resolves.toEqual({ id: 'mask-1985' })
    expect(fetches).toBe(1)
  })

  it('says an id its pack does not hold does not exist, as a missing file', async () => {
    const path = 'data/people/nobody-at-all.json'
    server.use(http.get(packUrl(path), () => HttpResponse.json({})))
    await expect(readPacked(path)).rejects.toMatchObject({ kind: 'not-found' })
  })

  it('fetches a pack again after a failure', async () => {
    const path = 'data/people/cher.json'
    let fetches = 0
    server.use(
      http.get(packUrl(path), () => {
        fetches += 1
        return fetches === 1
          ? new HttpResponse('boom', { status: 500 })
          : HttpResponse.json({ cher: { id: 'cher' } })
      }),
    )
    await expect(readPacked(path)).rejects.toMatchObject({ kind: 'http' })
    await expect(readPacked(path)).resolves.toEqual({ id: 'cher' })
  })

  it('fetches the files it does not pack as they are', async () => {
    server.use(http.get('*/data/catalog/title/1.json', () => HttpResponse.json({ page: 1 })))
    await expect(readPacked('data/catalog/title/1.json')).resolves.toEqual({ page: 1 })
  })
})

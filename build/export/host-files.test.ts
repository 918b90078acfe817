import { describe, expect, it } from 'vitest'
import { cacheControlFor, securityHeaders } from '../../server/headers.ts'
import { headersFile, hostRules, redirectsFile } from './host-files.ts'
import { parseHeaders, parseRedirects } from './static-host.ts'

const HASHES = { scripts: ["'sha256-a='"], styles: ["'sha256-b='"] }

describe("the hosts' files", () => {
  it('send every security header the server sends, on every path', () => {
    const [all] = parseHeaders(headersFile(HASHES, ['assets']))
    expect(all?.pattern.test('/films/x')).toBe(true)
    expect(Object.fromEntries(all?.headers ?? [])).toEqual(securityHeaders(HASHES))
  })

  it('cache the hashed folders as the server does, and set no Cache-Control on the rest', () => {
    const blocks = parseHeaders(headersFile(HASHES, ['assets', 'data/search/807fa9a5621f']))
    const matching = (path: string) => blocks.filter((block) => block.pattern.test(path)).length
    expect(matching('/assets/index-abc.js')).toBe(2)
    expect(matching('/data/search/807fa9a5621f/ab.json')).toBe(2)
    expect(matching('/data/search/manifest.json')).toBe(1)
    expect(blocks[1]?.headers).toEqual([['Cache-Control', cacheControlFor('/assets/x.js')]])
    expect(blocks[0]?.headers.map(([name]) => name)).not.toContain('Cache-Control')
    expect(() => headersFile(HASHES, ['data/films'])).toThrow('data/films/ is not cached')
  })

  it("answer a film's tabs with its page, and the catalog's first page at one address", () => {
    const rules = parseRedirects(redirectsFile(hostRules()))
    const answer = (path: string) => {
      const rule = rules.find((candidate) => candidate.from.test(path))
      return rule && [rule.to.replace(':id', rule.from.exec(path)?.[1] ?? ''), rule.status]
    }
    expect(answer('/films/mask-1985/cast')).toEqual(['/films/mask-1985/index.html', 200])
    expect(answer('/films/mask-1985/reviews')).toEqual(['/films/mask-1985/index.html', 200])
    expect(answer('/search')).toEqual(['/shell.html', 200])
    expect(answer('/catalog/title/1')).toEqual(['/', 308])
    expect(answer('/films/mask-1985')).toBeUndefined()
  })
})

// @vitest-environment node
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { filmFile } from './data-files.ts'
import { ID_PATTERN } from './ids.ts'
import { matchPage } from './pages.ts'
import { SEARCH_PAGE, searchPath } from './routes.ts'

/**
 * public/shell-boot.js runs before the app, unbundled: the build minifies it
 * into the app shell's inline script (build/inline-head.ts), so it holds its
 * own copy of two rules: a film page's path, and where the film's data file
 * is. This keeps the copy, as written in its source, in step with the contract.
 */
const boot = readFileSync(join(import.meta.dirname, '..', 'public', 'shell-boot.js'), 'utf8')

const filmPattern = () => {
  const literal = /var film = (\/.+\/)\.exec\(location\.pathname\)/.exec(boot)?.[1]
  if (!literal) throw new Error('shell-boot.js no longer reads the film id from the path')
  return new RegExp(literal.slice(1, -1))
}

describe('public/shell-boot.js', () => {
  it('reads a film id with the contract’s id pattern', () => {
    expect(filmPattern().source).toContain(ID_PATTERN.source.slice(1, -1))
  })

  it.each([
    '/films/mask-1985',
    '/films/mask-1985/cast',
    '/films/mask-1985/reviews',
    '/films/Mask-1985',
    '/films/mask--1985',
    '/films/',
    '/people/cher',
    '/catalog/title/2',
    '/',
  ])('finds a film in %s exactly when the router does', (path) => {
    const page = matchPage(path.split('/').filter(Boolean))
    const filmId = page && 'filmId' in page ? page.filmId : null
    // shell-boot.js preloads for any film path; an unknown section is the router's 404.
    expect(filmPattern().exec(path)?.[1] ?? null).toBe(filmId)
  })

  it('preloads the data file where the contract puts it', () => {
    const preload = /link\.href = '([^']+)' \+ film\[1\] \+ '([^']+)'/.exec(boot)
    expect(preload && `${preload[1]}mask-1985${preload[2]}`).toBe(`/${filmFile('mask-1985')}`)
  })

  it('preloads the search’s files on the search page’s path, as the router has it', () => {
    const path = /location\.pathname == '([^']+)'/.exec(boot)?.[1]
    expect(path).toBe(new URL(searchPath('cher'), 'http://x').pathname)
    expect(matchPage((path ?? '').split('/').filter(Boolean))).toEqual({ kind: SEARCH_PAGE.kind })
  })
})

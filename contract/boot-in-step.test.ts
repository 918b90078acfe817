// @vitest-environment node
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { filmFile } from './data-files.ts'
import { ID_PATTERN } from './ids.ts'
import { matchPage } from './pages.ts'

/**
 * public/boot.js runs before the app, unbundled, so it holds its own copy
 * of two rules: a film page's path, and where the film's data file is. This
 * keeps the copy in step with the contract.
 */
const boot = readFileSync(join(import.meta.dirname, '..', 'public', 'boot.js'), 'utf8')

const filmPattern = () => {
  const literal = /var film = (\/.+\/)\.exec\(location\.pathname\)/.exec(boot)?.[1]
  if (!literal) throw new Error('boot.js no longer reads the film id from the path')
  return new RegExp(literal.slice(1, -1))
}

describe('public/boot.js', () => {
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
    // boot.js preloads for any film path; an unknown section is the router's 404.
    expect(filmPattern().exec(path)?.[1] ?? null).toBe(filmId)
  })

  it('preloads the data file where the contract puts it', () => {
    const preload = /add\('preload', '([^']+)' \+ film\[1\] \+ '([^']+)'/.exec(boot)
    expect(preload && `${preload[1]}mask-1985${preload[2]}`).toBe(`/${filmFile('mask-1985')}`)
  })
})

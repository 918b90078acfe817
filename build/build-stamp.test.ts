import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { whyRebuild, writeStamp } from './build-stamp.ts'

let root: string
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'film-explorer-stamp-'))
  for (const dir of ['src/app', 'dist/data/films', 'dist/data/people', 'dist-ssr', 'dist-server'])
    mkdirSync(join(root, dir), { recursive: true })
  writeFileSync(join(root, 'src/app/routes.tsx'), 'export {}')
})
afterEach(() => rmSync(root, { recursive: true, force: true }))

/** Sets a file's modification time `seconds` from now. */
function touch(path: string, seconds: number) {
  const time = new Date(Date.now() + seconds * 1000)
  utimesSync(join(root, path), time, time)
}

function build() {
  writeFileSync(join(root, 'dist/shell.html'), '<!doctype html>')
  writeFileSync(join(root, 'dist-ssr/entry-server.js'), '')
  writeFileSync(join(root, 'dist-ssr/page-template.json'), '{}')
  writeFileSync(join(root, 'dist-server/serve.js'), '')
  writeStamp(root)
}

it('asks for a build when there is none, or the last one did not finish', () => {
  expect(whyRebuild(root)).toBe('there is no build yet (dist/shell.html is missing)')
  build()
  rmSync(join(root, 'dist-server/build-stamp.json'))
  expect(whyRebuild(root)).toBe('the last build did not finish')
})

it('asks for a build when the server-side renderer is missing from it', () => {
  build()
  rmSync(join(root, 'dist-ssr/entry-server.js'))
  expect(whyRebuild(root)).toBe('there is no build yet (dist-ssr/entry-server.js is missing)')
})

it('is current after a build, until a source is newer than it', () => {
  touch('src/app/routes.tsx', -60)
  build()
  expect(whyRebuild(root)).toBeNull()
  touch('src/app/routes.tsx', 60)
  expect(whyRebuild(root)).toBe('src/app/routes.tsx changed since the last build')
})

it('sees a source file added anywhere in a source folder', () => {
  touch('src/app/routes.tsx', -60)
  build()
  mkdirSync(join(root, 'data/pages'), { recursive: true })
  writeFileSync(join(root, 'data/pages/new-film.txt'), 'page')
  touch('data/pages/new-film.txt', 60)
  expect(whyRebuild(root)).toBe('data/pages/new-film.txt changed since the last build')
})

it('asks for a build when the people data is missing from it, as a build before people had none', () => {
  build()
  rmSync(join(root, 'dist/data/people'), { recursive: true })
  expect(whyRebuild(root)).toBe('there is no build yet (dist/data/people is missing)')
})

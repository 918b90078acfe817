// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Catalog } from '../data/catalog-schema.ts'
import { catalogEntry, toJsonFile, upsertCatalog } from './film-file.ts'
import { parsePage } from './parse-page.ts'

/**
 * The data files are produced by the ingest, never edited by hand: each
 * committed file must be exactly what the ingest makes of its page today.
 * When this fails, run `npm run ingest:all` and review the diff.
 */
const manifest = JSON.parse(readFileSync('data/films.json', 'utf8')) as {
  films: { page: string; title: string; slug?: string }[]
}
const OUT = join('public', 'data', 'films')

const built = manifest.films.map((entry) =>
  parsePage(readFileSync(join('data', 'pages', entry.page), 'utf8'), {
    title: entry.title,
    source: entry.page,
    ...(entry.slug ? { id: entry.slug } : {}),
  }),
)

describe('committed film data', () => {
  it.each(built.map((film) => [film.id, film] as const))(
    '%s.json is what the ingest produces from its page',
    (id, film) => {
      expect(readFileSync(join(OUT, `${id}.json`), 'utf8')).toBe(toJsonFile(film))
    },
  )

  it('index.json is the catalog of exactly those films', () => {
    const catalog = built.reduce<Catalog | null>(
      (acc, film) => upsertCatalog(acc, catalogEntry(film)),
      null,
    )
    expect(readFileSync(join(OUT, 'index.json'), 'utf8')).toBe(toJsonFile(catalog))
  })

  it('every page in data/pages has an entry in data/films.json, and every film file a page', () => {
    const pages = readdirSync(join('data', 'pages')).filter((name) => name.endsWith('.txt'))
    expect(pages.sort()).toEqual(manifest.films.map((film) => film.page).sort())
    const files = readdirSync(OUT).filter((name) => name !== 'index.json')
    expect(files.sort()).toEqual(built.map((film) => `${film.id}.json`).sort())
  })
})

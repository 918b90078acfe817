import {
  catalogFile,
  dataFileKind,
  filmFile,
  idOfFile,
  pageDataFile,
  personFile,
  REPORT_FILE,
  SEARCH_MANIFEST_FILE,
  shardFile,
} from './data-files.ts'
import { matchPage } from './pages.ts'
import { FILM_SECTIONS, personPath, sectionPath } from './routes.ts'

const match = (path: string) => matchPage(path.split('/').filter(Boolean))

describe('matchPage', () => {
  it.each([
    ['/', { kind: 'catalog', view: { filter: '', order: 'title', page: 1 } }],
    ['/catalog/year/12', { kind: 'catalog', view: { filter: '', order: 'year', page: 12 } }],
    [
      '/catalog/1980s-drama/title/2',
      { kind: 'catalog', view: { filter: '1980s-drama', order: 'title', page: 2 } },
    ],
    ['/films/mask-1985', { kind: 'overview', filmId: 'mask-1985' }],
    ['/films/mask-1985/cast', { kind: 'cast', filmId: 'mask-1985' }],
    ['/films/mask-1985/trivia', { kind: 'trivia', filmId: 'mask-1985' }],
    ['/films/mask-1985/reviews', { kind: 'reviews', filmId: 'mask-1985' }],
    ['/people/harrison-ford-1960s', { kind: 'person', personId: 'harrison-ford-1960s' }],
    ['/search', { kind: 'search' }],
  ])('knows %s', (path, page) => {
    expect(match(path)).toEqual(page)
  })

  it.each([
    '/films',
    '/films/Mask-1985',
    '/films/mask-1985/crew',
    '/films/mask-1985/cast/more',
    `/films/${'a'.repeat(101)}`,
    '/catalog/rating/1',
    '/catalog/title/0',
    '/catalog/title/01',
    '/catalog/title',
    '/catalog/Drama/title/1',
    '/data/films/mask-1985.json',
    '/people',
    '/people/Cher',
    '/people/cher/films',
    '/search/cher',
    '/about',
  ])('knows no page at %s', (path) => {
    expect(match(path)).toBeNull()
  })

  it('reads back every URL it makes', () => {
    for (const section of FILM_SECTIONS) {
      expect(match(sectionPath('mask-1985', section))).toEqual({
        kind: section.kind,
        filmId: 'mask-1985',
      })
    }
    expect(match(personPath('cher'))).toEqual({ kind: 'person', personId: 'cher' })
  })
})

describe('data files', () => {
  it('names each page’s file under the site’s root', () => {
    expect(pageDataFile({ kind: 'cast', filmId: 'mask-1985' })).toBe(filmFile('mask-1985'))
    expect(filmFile('mask-1985')).toBe('data/films/mask-1985.json')
    expect(pageDataFile({ kind: 'person', personId: 'cher' })).toBe(personFile('cher'))
    expect(personFile('cher')).toBe('data/people/cher.json')
    expect(
      pageDataFile({ kind: 'catalog', view: { filter: '1980s', order: 'year', page: 3 } }),
    ).toBe(catalogFile({ filter: '1980s', order: 'year', page: 3 }))
    expect(pageDataFile({ kind: 'search' })).toBe(SEARCH_MANIFEST_FILE)
    expect(shardFile('159fe90c952c', 'ma~')).toBe('data/search/159fe90c952c/ma~.json')
  })
})

describe('dataFileKind', () => {
  // Each file as the app asks for it: a path from the functions that spell them, or its URL.
  it.each([
    [filmFile('mask-1985'), 'film'],
    [`https://films.example/${filmFile('mask-1985')}`, 'film'],
    [personFile('cher'), 'person'],
    [catalogFile({ filter: '', order: 'title', page: 2 }), 'catalog page'],
    [catalogFile({ filter: '1980s-drama', order: 'year', page: 1 }), 'catalog page'],
    [SEARCH_MANIFEST_FILE, 'search index'],
    [shardFile('159fe90c952c', 'ma~'), 'search index'],
    // Under a base path, as on a host that serves the site from a folder.
    ['https://example.org/films-app/data/people/cher.json', 'person'],
  ])('names %s a %s', (url, kind) => {
    expect(dataFileKind(url)).toBe(kind)
  })

  it.each([REPORT_FILE, 'data/constructor/x.json', '/films/mask-1985', 'data/films.json'])(
    'names no kind for %s',
    (url) => {
      expect(dataFileKind(url)).toBeNull()
    },
  )
})

describe('idOfFile', () => {
  it.each([
    ['mask-1985.json', 'mask-1985'],
    ['cher.json', 'cher'],
    ['mask-1985.json.br', null],
    ['Mask-1985.json', null],
    ['.json', null],
    ['notes.txt', null],
  ])('%s names %s', (name, id) => {
    expect(idOfFile(name)).toBe(id)
  })
})

import { join } from 'node:path'
import type { CatalogPage } from '../../contract/catalog-schema.ts'
import type { Film } from '../../contract/film-schema.ts'
import type { Person } from '../../contract/person-schema.ts'
import { listedFilm } from '../test/builders.ts'
import { pageFilm } from './merge.ts'
import { paginate } from '../derived/paginate.ts'
import { personFiles } from '../people/person-files.ts'
import { validate, validatePages, validatePeople } from './validate.ts'

const thin = (title: string, year: number, id: string): Film =>
  listedFilm(id, { title, year, genres: [] })

describe('validate', () => {
  it('passes valid films', () => {
    const { films, report } = validate([
      thin('Zelig', 1983, 'zelig-1983'),
      thin('Airplane!', 1980, 'airplane-1980'),
    ])
    expect(report).toEqual([])
    expect(films.map((film) => film.id)).toEqual(['zelig-1983', 'airplane-1980'])
  })

  it('leaves out a list film the schema refuses, and reports it without failing the build', () => {
    const { films, report } = validate([
      thin('Ok', 1980, 'ok-1980'),
      { ...thin('Bad', 1980, 'Bad Id'), year: 1980 },
    ])
    expect(films.map((film) => film.id)).toEqual(['ok-1980'])
    expect(report).toEqual([
      expect.objectContaining({
        kind: 'unplaced',
        reason: 'invalid-film',
        text: expect.stringContaining('id'),
      }),
    ])
  })

  it('fails the build on a page film the schema refuses, two films with one id, or none', () => {
    const page = pageFilm({
      ...thin('Mask', 1985, 'mask-1985'),
      sources: undefined as never,
      logline: '',
    })
    expect(validate([page]).report.map((item) => [item.kind, item.reason])).toEqual([
      ['fatal', 'invalid-page-film'],
      ['fatal', 'no-films'],
    ])
    const twice = thin('X', 1980, 'x-1980')
    expect(validate([twice, twice]).report.map((item) => item.reason)).toEqual(['duplicate-id'])
  })
})

describe('validatePages', () => {
  it('passes the pages paginate makes', () => {
    expect(validatePages(paginate([thin('Zelig', 1983, 'zelig-1983')]))).toEqual([])
  })

  it('fails the build on a page the app would refuse, naming its file and field', () => {
    const [page] = paginate([thin('Zelig', 1983, 'zelig-1983')])
    const broken = { ...page, films: [{ ...page?.films[0], stars: ['A', 'B', 'C', 'D'] }] }
    expect(validatePages([broken as CatalogPage])).toEqual([
      {
        kind: 'fatal',
        reason: 'invalid-catalog-page',
        source: { file: join('catalog', 'title', '1.json') },
        text: expect.stringMatching(/^films\[0\]\.stars: /),
      },
    ])
  })
})

describe('validatePeople', () => {
  const credited = listedFilm('mask-1985', { genres: [] }, [{ actor: 'Cher', personId: 'cher' }])
  const [cher] = personFiles([credited], [{ id: 'cher', name: 'Cher', label: null }], new Map())
  const file = join('people', 'cher.json')

  it('passes the files the people step writes', () => {
    expect(validatePeople([cher as Person], [credited])).toEqual([])
  })

  it('fails the build on a person file the app would refuse, naming its file and field', () => {
    const broken = { ...(cher as Person), films: 2 }
    expect(validatePeople([broken], [credited])).toEqual([
      {
        kind: 'fatal',
        reason: 'invalid-person',
        source: { file, person: 'cher' },
        text: '(the whole file): films must be the length of the filmography',
      },
    ])
  })

  it('fails the build on a credit with no person, or a person with no file', () => {
    const unresolved = { ...credited, cast: [{ ...credited.cast[0], personId: undefined }] }
    expect(validatePeople([], [credited, unresolved as Film]).map((item) => item.reason)).toEqual([
      'credit-names-no-person',
      'credit-without-person',
    ])
  })
})

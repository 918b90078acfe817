import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import * as v from 'valibot'
import { FilmSchema } from '../../../contract/film-schema.ts'
import { PageParseError } from './parse-error.ts'
import { parsePage } from './parse-page.ts'

const source = { title: 'Sample', source: 'sample.txt' }
const parse = (...lines: string[]) => parsePage(lines.join('\n'), source)

function parseError(text: string): PageParseError {
  try {
    parsePage(text, source)
  } catch (error) {
    if (error instanceof PageParseError) return error
    throw error
  }
  throw new Error('expected a PageParseError')
}

const MINIMAL = [
  'Release Year: 2003',
  '',
  'Rating: 5.9/10',
  '',
  'Director: Priya Raman',
  '',
  'Ana Kowalczyk - Herself',
  '',
  'Technical Specs',
  '',
  'Runtime: 95 min',
]

describe('parsePage', () => {
  it('reads the minimal page: a year, a rating, a director, one cast line and a runtime', () => {
    expect(parse(...MINIMAL)).toMatchObject({
      schemaVersion: 3,
      id: 'sample-2003',
      year: 2003,
      rating: { value: 5.9, max: 10, votes: null },
      directors: ['Priya Raman'],
      cast: [{ id: 'cast-1', actor: 'Ana Kowalczyk', character: 'Herself', note: null }],
      technicalSpecs: { runtime: { minutes: 95, versions: [] } },
      logline: null,
      storyline: [],
      releaseDate: null,
      gross: null,
      didYouKnow: [],
      reviews: [],
      provenance: { source: 'sample.txt', pageDate: null, warnings: [] },
    })
  })

  it('reads the page date and skips the scraper noise', () => {
    const film = parse('March 8th, 1985', '', 'No valid json found', '', ...MINIMAL)
    expect(film.provenance).toEqual({ source: 'sample.txt', pageDate: '1985-03-08', warnings: [] })
  })

  it('tells the logline (before the fields) from the storyline (after them)', () => {
    const film = parse(
      'A short logline.',
      '',
      'Release Year: 1990',
      '',
      'Stars: Ann Able',
      '',
      'The storyline, first part.',
      '',
      'The storyline, second part.',
      '',
      'Ann Able - Herself',
    )
    expect(film.logline).toBe('A short logline.')
    expect(film.storyline).toEqual(['The storyline, first part.', 'The storyline, second part.'])
    expect(film.stars).toEqual([{ name: 'Ann Able', castId: 'cast-1' }])
  })

  it('reads Directors, Tagline, a release date with a country, locations and gross', () => {
    const film = parse(
      'Release Year: 1979',
      "Directors: Inês Marques-Sousa, Tom O'Hara",
      'Tagline: Tomorrow is already on the air.',
      'Release Date: 2 October 1979 (Portugal)',
      'Filming Locations: Berlenga Grande, Peniche, Portugal',
      'Gross: $1,250,000 (USA)',
    )
    expect(film).toMatchObject({
      directors: ['Inês Marques-Sousa', "Tom O'Hara"],
      taglines: ['Tomorrow is already on the air.'],
      releaseDate: { date: '1979-10-02', country: 'Portugal' },
      filmingLocations: ['Berlenga Grande, Peniche, Portugal'],
      gross: { amount: 1_250_000, currency: 'USD', region: 'USA' },
    })
  })

  it('reads the details and technical specs a page may carry, in the head, tail and specs', () => {
    const film = parse(
      'Release Year: 1985',
      'Writers: Anna Hamilton Phelan, Sample Writer',
      '',
      'Ann Able - Herself',
      '',
      'Also Known As: Goodbye, Mr. Mask · Máscara',
      'Country of Origin: USA · Canada',
      'Languages: English, Spanish',
      'Production Co: Universal Pictures, Bogdanovich Productions',
      'Budget: $7,500,000 (estimated)',
      'Gross: $42,400,000 (USA)',
      '',
      'Technical Specs',
      '',
      'Runtime: 120 min',
      'Sound Mix: Dolby Stereo | Mono',
      'Color: Color',
      'Aspect Ratio: 1.85 : 1',
    )
    expect(film).toMatchObject({
      writers: ['Anna Hamilton Phelan', 'Sample Writer'],
      cast: [{ actor: 'Ann Able' }],
      alsoKnownAs: ['Goodbye, Mr. Mask', 'Máscara'],
      countries: ['USA', 'Canada'],
      languages: ['English', 'Spanish'],
      productionCompanies: ['Universal Pictures', 'Bogdanovich Productions'],
      budget: { amount: 7_500_000, currency: 'USD', estimated: true },
      gross: { amount: 42_400_000, currency: 'USD', region: 'USA' },
      technicalSpecs: {
        runtime: { minutes: 120, versions: [] },
        soundMixes: ['Dolby Stereo', 'Mono'],
        colors: ['Color'],
        aspectRatios: ['1.85 : 1'],
      },
      provenance: { warnings: [] },
    })
  })

  it.each([
    ['Writer: A. Writer', 'writers', ['A. Writer']],
    ['Country: UK', 'countries', ['UK']],
    ['Countries: UK, Ireland', 'countries', ['UK', 'Ireland']],
    ['Language: Portuguese', 'languages', ['Portuguese']],
    ['Production Company: Sample Films', 'productionCompanies', ['Sample Films']],
    [
      'Production Companies: A Films · B Pictures',
      'productionCompanies',
      ['A Films', 'B Pictures'],
    ],
    ['Sound Mixes: Mono, Dolby', 'soundMixes', ['Mono', 'Dolby']],
    ['Colour: Black and White', 'colors', ['Black and White']],
    ['Aspect Ratios: 1.37:1 · 2.39 : 1', 'aspectRatios', ['1.37 : 1', '2.39 : 1']],
  ])('reads “%s” under any of its labels', (line, key, values) => {
    const film = parse('Release Year: 1990', '', line)
    const fields: Record<string, unknown> = { ...film, ...film.technicalSpecs }
    expect(fields[key]).toEqual(values)
    expect(film.provenance.warnings).toEqual([])
  })

  it('gives technical specs without a runtime a null runtime, and a page without any none', () => {
    expect(
      parse('Release Year: 1990', '', 'Technical Specs', '', 'Color: Color').technicalSpecs,
    ).toEqual({
      runtime: null,
      soundMixes: [],
      colors: ['Color'],
      aspectRatios: [],
    })
    expect(parse('Release Year: 1990').technicalSpecs).toBeNull()
  })

  it('warns about the values of the new fields it cannot read, and keeps the rest', () => {
    const film = parse(
      'Release Year: 1990',
      'Budget: a lot',
      'Budget: $1,000,000 (USA)',
      'Budget: $900,000',
      'Budget: $800,000',
      'Language:',
      'Aspect Ratio: widescreen · 1.85:1',
      'Country: ·',
    )
    expect(film.budget).toEqual({ amount: 900_000, currency: 'USD', estimated: false })
    expect(film.technicalSpecs?.aspectRatios).toEqual(['1.85 : 1'])
    expect(film.languages).toEqual([])
    expect(film.provenance.warnings).toEqual([
      'line 2: could not read the budget: “Budget: a lot”',
      'line 3: could not read the budget: “Budget: $1,000,000 (USA)”',
      'line 5: a second budget was ignored: “Budget: $800,000”',
      'line 6: the field is empty: “Language:”',
      'line 7: could not read the aspect ratio “widescreen”: “Aspect Ratio: widescreen · 1.85:1”',
      'line 8: the field is empty: “Country: ·”',
    ])
  })

  it('keeps the cast in order, and links stars to their entries or to none', () => {
    const film = parse(
      'Release Year: 1962',
      'Stars: Edmund Crane, Sir Basil Fenwick',
      '',
      'Margaret Lyle - Nora Doyle',
      'Edmund Crane - Jack Doyle',
      'k.d. sample - Singer',
    )
    expect(film.cast.map((credit) => credit.actor)).toEqual([
      'Margaret Lyle',
      'Edmund Crane',
      'k.d. sample',
    ])
    expect(film.stars).toEqual([
      { name: 'Edmund Crane', castId: 'cast-2' },
      { name: 'Sir Basil Fenwick', castId: null },
    ])
  })

  it('reads Did You Know? items in order with ids per kind', () => {
    const film = parse(
      ...MINIMAL,
      '',
      'Did You Know?',
      '',
      'First trivia.',
      '',
      'Continuity: A goof.',
      '',
      'Second trivia.',
      '',
      'Ann Able: [shouting] Hello.',
    )
    expect(film.didYouKnow.map((item) => `${item.id}:${item.kind}`)).toEqual([
      'trivia-1:trivia',
      'goof-1:goof',
      'trivia-2:trivia',
      'quote-1:quote',
    ])
  })

  it('reads a review: headline, body paragraphs, rating taken off the end, comments closed', () => {
    const film = parse(
      ...MINIMAL,
      '',
      'User Review',
      '',
      'A headline.',
      '',
      '',
      'First paragraph.',
      '',
      'Second paragraph. 4 out of 5 stars.',
      '',
      'Comments are closed.',
    )
    expect(film.reviews).toEqual([
      {
        id: 'review-1',
        headline: 'A headline.',
        body: 'First paragraph.\n\nSecond paragraph.',
        rating: { value: 4, max: 5 },
        commentsClosed: true,
      },
    ])
  })

  it('reads a review with no rating whose comments are open', () => {
    const film = parse(...MINIMAL, '', 'User Review', '', 'Headline', '', 'Body.')
    expect(film.reviews[0]).toMatchObject({ body: 'Body.', rating: null, commentsClosed: false })
  })

  it('keeps what it cannot place as warnings with line numbers, dropping nothing silently', () => {
    const film = parse(
      'Release Year: 1999',
      'Opening Weekend: $130,000 (USA)',
      'Rating: very good',
      '',
      'Ann Able - Herself',
      'this is not a credit: at all',
      '',
      'Runtime: 90 min | about two hours',
    )
    expect(film.provenance.warnings).toEqual([
      'line 2: not a field this format has: “Opening Weekend: $130,000 (USA)”',
      'line 3: could not read the rating: “Rating: very good”',
      'line 6: this line among the cast is not “Actor - Character”: “this is not a credit: at all”',
      'line 8: could not read the runtime version “about two hours”: “Runtime: 90 min | about two hours”',
    ])
  })

  it('takes the year from the release date when the Release Year line is missing', () => {
    expect(parse('Release Date: 8 March 1985').year).toBe(1985)
  })

  it('accepts Windows line endings and a byte-order mark', () => {
    expect(parsePage(`\uFEFF${MINIMAL.join('\r\n')}`, source).cast).toHaveLength(1)
  })
})

describe('parsePage refuses what is not a film page, naming the line', () => {
  it.each([
    ['an empty page', '', 1, /empty/],
    ['blank lines', '\n  \n\t\n', 1, /empty/],
    ['an HTML page', '\n<!DOCTYPE html>\n<html><body>Mask</body></html>', 2, /HTML page/],
    ['a binary file', 'PK\u0003\u0004\nabc\u0000def', 2, /binary/],
    ['prose', 'Dear diary,\n\nToday I watched a film.', 1, /does not look like a film page/],
    ['a bad year', 'Release Year: 19x5', 1, /not a year/],
    ['a year out of range', 'A logline.\n\nRelease Year: 1066', 3, /not a year from 1870/],
    [
      'a page cut off after a section header',
      'Release Year: 1985\n\nCher - Rusty\n\nDid You Know?\n',
      5,
      /ends at its “Did You Know\?” header, with nothing under it: it is cut short/,
    ],
    ['a page cut off at its reviews', `${MINIMAL.join('\n')}\n\nUser Review`, 13, /cut short/],
  ])('%s', (_name, text, line, message) => {
    const error = parseError(text)
    expect(error.line).toBe(line)
    expect(error.message).toMatch(message)
  })
})

describe('parsePage on any text at all', () => {
  const pageLines = readFileSync('data/pages/mask-1985.txt', 'utf8').split('\n')

  const check = (text: string) => {
    try {
      expect(v.is(FilmSchema, parsePage(text, source))).toBe(true)
    } catch (error) {
      expect(error).toBeInstanceOf(PageParseError)
      expect((error as PageParseError).line).toBeGreaterThanOrEqual(1)
    }
  }

  it('property: returns valid data or throws its own parse error with a line number', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), check), { numRuns: 500 })
  })

  it('property: the same holds for real page lines shuffled, dropped and mixed with noise', () => {
    const line = fc.oneof(
      fc.constantFrom(...pageLines),
      fc.constantFrom(
        '',
        'Did You Know?',
        'User Review',
        'Technical Specs',
        'Comments are closed.',
      ),
      fc.string({ maxLength: 40 }),
      fc.string({ maxLength: 20 }).map((s) => `${s} - ${s}`),
      fc.string({ maxLength: 20 }).map((s) => `Rating: ${s}`),
    )
    fc.assert(
      fc.property(fc.array(line, { maxLength: 60 }), (lines) => check(lines.join('\n'))),
      {
        numRuns: 500,
      },
    )
  })
})

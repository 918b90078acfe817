import { copyName, tenTimesSources, vocabulary, type SourceTexts } from './ten-times-sources.ts'

const film = (title: string, year: number, cast: string[]) => ({
  title,
  year,
  cast,
  genres: ['Drama'],
  href: null,
})

const SOURCES: SourceTexts = {
  lists: [
    {
      file: 'movies-1980s.json',
      text: JSON.stringify([
        film('Mask', 1985, ['Cher', 'Sam Elliott', 'Eric Stoltz']),
        film('Silkwood', 1983, ['Meryl Streep', 'Kurt Russell', 'Cher']),
        film('Mask', 1988, ['Harry Carter (actor)', 'Douglas Fairbanks, Jr.']),
        film('The Wild Life of the Valley Girls', 1983, ['Nicolas Cage']),
      ]),
    },
    {
      file: 'movies-1990s.json',
      text: JSON.stringify([
        film('Mermaids', 1990, ['Cher', 'Bob Hoskins', 'Winona Ryder']),
        film('Edward Scissorhands', 1990, ['Johnny Depp', 'Winona Ryder']),
      ]),
    },
  ],
  moviesDataset: JSON.stringify([
    { title: 'Mask', year: '1985', directors: ['Peter Bogdanovich'], runtime: '120' },
  ]),
  vega: JSON.stringify([{ Title: 'Silkwood', Director: 'Mike Nichols', 'IMDB Votes': 1 }]),
}

type Row = { title: string; year: number; cast: string[] }
const rows = (sources: SourceTexts) =>
  sources.lists.flatMap(({ text }) => JSON.parse(text) as Row[])

describe('tenTimesSources', () => {
  const tenfold = tenTimesSources(SOURCES)

  it('makes ten films of each, the first the real one, in each decade file', () => {
    for (const [index, list] of tenfold.lists.entries()) {
      const real = JSON.parse(SOURCES.lists[index]?.text ?? '[]') as Row[]
      const copied = JSON.parse(list.text) as Row[]
      expect(list.file).toBe(SOURCES.lists[index]?.file)
      expect(copied).toHaveLength(real.length * 10)
      expect(copied.slice(0, real.length)).toEqual(real)
    }
    expect(JSON.parse(tenfold.moviesDataset)).toHaveLength(10)
    expect(JSON.parse(tenfold.vega)).toHaveLength(10)
  })

  it('gives every copy of a film its own title and year, and every copy of a person a name of its own', () => {
    const all = rows(tenfold)
    expect(new Set(all.map((row) => `${row.title} ${row.year}`)).size).toBe(all.length)
    const chers = new Set(all.flatMap((row) => row.cast.filter((name) => name.startsWith('Cher'))))
    expect(chers.size).toBe(10)
  })

  it('names one person alike in every film of a copy, and the sets match their films in each copy', () => {
    const all = rows(tenfold)
    // The copies are laid out one after another: Mask's fifth copy is the file's 4 * 4 + 0th row.
    const mask = all[16] as Row
    const silkwood = all[17] as Row
    expect(mask.cast[0]).toBe(silkwood.cast[2])
    expect(mask.title).not.toBe('Mask')
    const [, , , , movies] = JSON.parse(tenfold.moviesDataset) as Array<{ title: string }>
    expect(movies?.title).toBe(mask.title)
    const [, , , , vega] = JSON.parse(tenfold.vega) as Array<{ Title: string }>
    expect(vega?.Title).toBe(silkwood.title)
  })

  it('refuses sources with too few words to keep the copies apart', () => {
    expect(() => tenTimesSources(SOURCES, 40)).toThrow(/too few for 40 copies/)
  })

  it('writes the same sources from the same sources', () => {
    expect(tenTimesSources(SOURCES)).toEqual(tenfold)
    expect(tenTimesSources(SOURCES, 1).lists.map((list) => JSON.parse(list.text))).toEqual(
      SOURCES.lists.map((list) => JSON.parse(list.text)),
    )
  })
})

describe('copyName', () => {
  const words = vocabulary(['Abbot Baker Cole Dunn Ellis Ford Gray Hale Irwin Jay'], 10)

  it('puts the word after the name and before its note, so the cast parser still reads the note', () => {
    expect(copyName('Harry Carter (actor)', 3, words)).toMatch(/^Harry Carter \p{L}+ \(actor\)$/u)
    expect(copyName('Douglas Fairbanks, Jr.', 3, words)).toMatch(
      /^Douglas Fairbanks \p{L}+, Jr\.$/u,
    )
  })

  it('leaves a string with no name before its note, and copy 0, as they are', () => {
    expect(copyName('(uncredited bit)', 3, words)).toBe('(uncredited bit)')
    expect(copyName('Cher', 0, words)).toBe('Cher')
  })
})

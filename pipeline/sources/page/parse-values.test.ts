import {
  parseAspectRatio,
  parseBudget,
  parseDate,
  parseGross,
  parseList,
  parseRating,
  parseRuntime,
  splitReviewRating,
} from './parse-values.ts'

describe('parseDate', () => {
  it.each([
    ['8 March 1985', { date: '1985-03-08', country: null }],
    ['2 October 1979 (Portugal)', { date: '1979-10-02', country: 'Portugal' }],
    ['March 8th, 1985', { date: '1985-03-08', country: null }],
    ['June 1, 2003', { date: '2003-06-01', country: null }],
  ])('reads %s', (text, expected) => {
    expect(parseDate(text)).toEqual(expected)
  })

  it.each(['31 February 1985', '8 Marchember 1985', '1985-03-08', 'soon'])('refuses %s', (text) => {
    expect(parseDate(text)).toBeNull()
  })
})

describe('parseRating', () => {
  it('reads value, scale and votes, with or without the vote count', () => {
    expect(parseRating('7.0/10 (12,168 voted)')).toEqual({ value: 7, max: 10, votes: 12168 })
    expect(parseRating('7.8/10')).toEqual({ value: 7.8, max: 10, votes: null })
  })

  it('refuses a rating above its scale or in another shape', () => {
    expect(parseRating('11/10')).toBeNull()
    expect(parseRating('seven out of ten')).toBeNull()
  })
})

describe('parseGross', () => {
  it('reads amount, currency and region', () => {
    expect(parseGross('$42,400,000 (USA)')).toEqual({
      amount: 42_400_000,
      currency: 'USD',
      region: 'USA',
    })
    expect(parseGross('£1,200')).toEqual({ amount: 1200, currency: 'GBP', region: null })
    expect(parseGross('EUR 3,000,000 (France)')).toEqual({
      amount: 3_000_000,
      currency: 'EUR',
      region: 'France',
    })
  })

  it('refuses what is not money', () => {
    expect(parseGross('a lot')).toBeNull()
  })
})

describe('parseBudget', () => {
  it('reads money as a gross does, and whether it is an estimate', () => {
    expect(parseBudget('$7,500,000 (estimated)')).toEqual({
      amount: 7_500_000,
      currency: 'USD',
      estimated: true,
    })
    expect(parseBudget('£900,000')).toEqual({ amount: 900_000, currency: 'GBP', estimated: false })
  })

  it('refuses what is not money, and brackets that say anything but an estimate', () => {
    expect(parseBudget('not disclosed')).toBeNull()
    expect(parseBudget('$7,500,000 (USA)')).toBeNull()
    expect(parseBudget('(estimated)')).toBeNull()
  })
})

describe('parseList', () => {
  it('splits on commas, “·” and “|”, and drops empty entries', () => {
    expect(parseList('Cher, Eric Stoltz,, Sam Elliott ')).toEqual([
      'Cher',
      'Eric Stoltz',
      'Sam Elliott',
    ])
    expect(parseList('USA · UK|France')).toEqual(['USA', 'UK', 'France'])
  })

  it('splits only where it is told, so a title keeps its comma', () => {
    expect(parseList('Goodbye, Mr. Chips · Adieu', /[·|]/)).toEqual(['Goodbye, Mr. Chips', 'Adieu'])
  })
})

describe('parseAspectRatio', () => {
  it.each([
    ['1.85 : 1', '1.85 : 1'],
    ['2.39:1', '2.39 : 1'],
    ['4 : 1', '4 : 1'],
  ])('reads %s', (text, expected) => {
    expect(parseAspectRatio(text)).toBe(expected)
  })

  it.each(['wide', '1.85', '16:9', '1.85 : 1 (some scenes)'])('refuses %s', (text) => {
    expect(parseAspectRatio(text)).toBeNull()
  })
})

describe('parseRuntime', () => {
  it('reads an empty main runtime and a version with only a note (the Mask page)', () => {
    expect(parseRuntime(" | USA: (director's cut)")).toEqual({
      runtime: {
        minutes: null,
        versions: [{ label: 'USA', minutes: null, note: "director's cut" }],
      },
      unread: [],
    })
  })

  it('reads a main runtime and several versions', () => {
    expect(
      parseRuntime("112 min | Portugal: 118 min (director's cut) | USA: 98 min").runtime,
    ).toEqual({
      minutes: 112,
      versions: [
        { label: 'Portugal', minutes: 118, note: "director's cut" },
        { label: 'USA', minutes: 98, note: null },
      ],
    })
  })

  it('returns the parts it cannot read', () => {
    expect(parseRuntime('95 min | about two hours').unread).toEqual(['about two hours'])
  })
})

describe('splitReviewRating', () => {
  it('takes the trailing rating off the body', () => {
    expect(splitReviewRating('Terribly over-looked. 4.5 out of 5 stars.')).toEqual({
      body: 'Terribly over-looked.',
      rating: { value: 4.5, max: 5 },
    })
  })

  it('leaves a body without a rating alone', () => {
    expect(splitReviewRating('Great.')).toEqual({ body: 'Great.', rating: null })
  })
})

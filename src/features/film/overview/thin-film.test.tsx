import { screen, waitFor } from '@testing-library/react'
import * as v from 'valibot'
import { FilmSchema } from '../../../../contract/film-schema.ts'
import airplane from '../../../test/data/films/airplane-1980.json'
import { renderRoute } from '../../../test/render-route.tsx'
import { serveFilm } from '../../../test/server.ts'

/**
 * Airplane! (1980) as the catalog pipeline writes it from Wikipedia's list
 * alone: a title, a year, seven names and two genres, nothing else.
 */
const FILM = '/films/airplane-1980'
// The list alone: without what the two small sets give it (sourced-film.test.tsx).
const { sourced: _sourced, ...thinFilm } = airplane

describe('a thin film from the Wikipedia lists', () => {
  beforeEach(() => serveFilm(v.parse(FilmSchema, thinFilm)))

  it('shows what the list knows on the overview, credits it and links its article', async () => {
    renderRoute(FILM)
    expect(await screen.findByRole('heading', { level: 1, name: 'Airplane! (1980)' })).toBeVisible()
    expect(screen.getByText('Genres', { selector: 'dt' })).toBeVisible()
    // In the facts, and again as a link to its browse view.
    expect(screen.getByText('Comedy', { selector: 'dd span' })).toBeVisible()
    expect(await screen.findByRole('link', { name: 'Comedy' })).toHaveAttribute(
      'href',
      '/catalog/comedy/year/1',
    )
    expect(screen.getByRole('link', { name: 'Leslie Nielsen' })).toHaveAttribute(
      'href',
      '/people/leslie-nielsen',
    )
    // Nothing else is recorded, so no empty headings or rows.
    expect(screen.queryByRole('heading', { name: 'Details' })).toBeNull()
    expect(screen.queryByText('Rating', { selector: 'dt' })).toBeNull()
    expect(
      screen.getByText((_, element) => element?.matches('p.source-note') ?? false),
    ).toHaveTextContent(
      "overview and cast from Wikipedia's film lists. Film lists from Wikipedia, CC BY-SA 4.0. Airplane! on Wikipedia. File: wikipedia/movies-1980s.json",
    )
    expect(screen.getByRole('link', { name: 'Airplane! on Wikipedia' })).toHaveAttribute(
      'href',
      'https://en.wikipedia.org/wiki/Airplane!',
    )
    expect(screen.getByRole('link', { name: 'CC BY-SA 4.0' })).toHaveAttribute(
      'href',
      'https://creativecommons.org/licenses/by-sa/4.0/',
    )
  })

  it('lists the cast in the list’s order, characters not recorded', async () => {
    renderRoute(`${FILM}/cast`)
    expect(await screen.findByRole('rowheader', { name: 'Kareem Abdul-Jabbar' })).toBeVisible()
    expect(screen.getByText('7 cast members')).toBeVisible()
    expect(screen.getAllByText('Character not recorded')).toHaveLength(7)
  })

  it.each([
    // Its trivia is what the catalog works out: no facts, goofs or quotes of its own.
    ['trivia', 'No facts or goofs or quotes recorded for this film.'],
    ['reviews', 'No ratings or user reviews are recorded for this film.'],
  ])('says honestly that %s has nothing', async (section, message) => {
    renderRoute(`${FILM}/${section}`)
    expect(await screen.findByText(message)).toBeVisible()
    await waitFor(() => expect(document.title).toMatch(/· Airplane! \(1980\)$/))
  })
})

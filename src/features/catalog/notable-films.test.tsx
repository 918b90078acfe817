import { screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import frontPage from '../../test/data/real-front-page.json'
import { renderRoute } from '../../test/render-route.tsx'
import { CATALOG_URL, server } from '../../test/server.ts'

// The real build's front page (pipeline/real-data.test.ts checks the copy):
// the whole catalog by title, page 1, with each decade's best-known films.
const serveFrontPage = () =>
  server.use(
    http.get(CATALOG_URL, ({ params }) =>
      params.order === 'title' && params.page === '1' ? HttpResponse.json(frontPage) : undefined,
    ),
  )
// The real page is 100 films and 62 more to validate: longer than a fixture's on a busy machine.
const section = () =>
  screen.findByRole('region', { name: 'Well-known films by decade' }, { timeout: 5000 })

describe('the front page’s well-known films', () => {
  it('shows each decade as a group of links to its films, most notable first', async () => {
    serveFrontPage()
    renderRoute('/')
    const notable = await section()
    // A decade no source beyond the yearly lists covers (the 1900s, the 2020s) has none.
    expect(
      within(notable)
        .getAllByRole('region')
        .map((decade) => within(decade).getByRole('heading', { level: 3 }).textContent),
    ).toEqual([
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
    const forties = within(notable).getByRole('region', { name: '1940s' })
    const films = within(forties).getAllByRole('listitem')
    expect(films.map((film) => within(film).getByRole('link').textContent)).toEqual([
      'Casablanca',
      "It's a Wonderful Life",
      'The Best Years of Our Lives',
      'Red River',
      'Rebecca',
      'The Lost Weekend',
    ])
    expect(within(forties).getByRole('link', { name: 'Casablanca' })).toHaveAttribute(
      'href',
      '/films/casablanca-1942',
    )
    expect(films[0]).toHaveTextContent(
      /^Casablanca1942With Humphrey Bogart and Ingrid BergmanDirected by Michael Curtiz$/,
    )
    // The decade's heading opens its films.
    expect(
      within(within(forties).getByRole('heading', { level: 3 })).getByRole('link', {
        name: '1940s',
      }),
    ).toHaveAttribute('href', '/catalog/1940s/title/1')
  })

  it('names only the stars of a film no source gives a director for', async () => {
    serveFrontPage()
    renderRoute('/')
    const thirties = within(await section()).getByRole('region', { name: '1930s' })
    const oz = within(thirties).getByRole('link', { name: 'The Wizard of Oz' }).closest('li')
    expect(oz).toHaveTextContent(/^The Wizard of Oz1939With Judy Garland and Frank Morgan$/)
  })

  it('comes before the A–Z, with a link past it to the first page of all films', async () => {
    serveFrontPage()
    renderRoute('/')
    const skip = within(await section()).getByRole('link', { name: 'Skip to all films' })
    const target = document.getElementById(skip.getAttribute('href')?.slice(1) ?? '')
    expect(target).toHaveTextContent(/^36,254 films, by title\. Page 1 of 363: /)
    // The section comes first in the page's order, the catalog's films after it.
    const first = screen.getByRole('heading', { level: 2, name: '1 More Hit' })
    expect(skip.compareDocumentPosition(first) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()
  })

  it('is not on a page whose data has no list: later pages go straight to their films', async () => {
    renderRoute('/catalog/title/2')
    await screen.findByRole('heading', { level: 1, name: 'Films' })
    expect(screen.queryByRole('region', { name: 'Well-known films by decade' })).toBeNull()
  })
})

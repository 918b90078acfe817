import { screen, waitFor, within } from '@testing-library/react'
import { cloneFilm } from '../../test/fixtures.ts'
import { renderRoute } from '../../test/render-route.tsx'
import { serveFilm } from '../../test/server.ts'

const fact = (term: string) => {
  const dt = screen.getByText(term, { selector: 'dt' })
  const dd = dt.nextElementSibling
  if (!(dd instanceof HTMLElement)) throw new Error(`no value for ${term}`)
  return dd
}

describe('overview route', () => {
  it('shows every fact of the film page', async () => {
    renderRoute('/films/mask-1985')
    expect(await screen.findByText(/A boy with a massive facial skull deformity/)).toBeVisible()
    expect(fact('Rating')).toHaveTextContent('Rated 7.0 out of 10 from 12,168 votes')
    expect(fact('Director')).toHaveTextContent('Peter Bogdanovich')
    expect(fact('Stars')).toHaveTextContent('Cher, Eric Stoltz and Sam Elliott')
    expect(fact('Release date')).toHaveTextContent('8 March 1985')
    expect(screen.getByRole('heading', { name: 'Storyline' })).toBeVisible()
    expect(screen.getByText(/Rusty Dennis is the mother of Rocky/)).toBeVisible()
    expect(fact('Tagline')).toHaveTextContent('Sometimes the most unlikely people become heroes.')
    expect(fact('Filming location')).toHaveTextContent('Azusa, California, USA')
    expect(fact('Gross')).toHaveTextContent('$42,400,000 (USA)')
    expect(fact('Runtime')).toHaveTextContent(
      "Not recordedUSA, director's cut: length not recorded",
    )
    expect(screen.getByText(/a film page dated 8 March 1985/)).toBeVisible()
  })

  it('links each star to their cast entry', async () => {
    const { user, currentUrl } = renderRoute('/films/mask-1985')
    await screen.findByText('Peter Bogdanovich')
    const stars = within(fact('Stars')).getAllByRole('link')
    expect(stars.map((link) => link.getAttribute('href'))).toEqual([
      '/films/mask-1985/cast#cast-1',
      '/films/mask-1985/cast#cast-3',
      '/films/mask-1985/cast#cast-2',
    ])
    await user.click(screen.getByRole('link', { name: 'Sam Elliott' }))
    const row = await screen.findByRole('row', { name: /Sam Elliott/ })
    expect(row).toHaveClass('is-target')
    await waitFor(() => expect(row).toHaveFocus())
    expect(currentUrl()).toBe('/films/mask-1985/cast#cast-2')
  })

  it('leaves out facts a film lacks instead of showing empty boxes', async () => {
    serveFilm({
      ...cloneFilm(),
      rating: null,
      gross: null,
      technicalSpecs: null,
      storyline: null,
      taglines: [],
      releaseDate: { date: '1979-10-02', country: 'Portugal' },
      directors: ['A. Sample', 'B. Example'],
    })
    renderRoute('/films/mask-1985')
    expect(await screen.findByText('A. Sample')).toBeVisible()
    expect(fact('Directors')).toHaveTextContent('A. Sample and B. Example')
    expect(fact('Release date')).toHaveTextContent('2 October 1979 (Portugal)')
    for (const term of ['Rating', 'Gross', 'Runtime', 'Tagline']) {
      expect(screen.queryByText(term, { selector: 'dt' })).not.toBeInTheDocument()
    }
    expect(screen.queryByRole('heading', { name: 'Storyline' })).not.toBeInTheDocument()
  })
})

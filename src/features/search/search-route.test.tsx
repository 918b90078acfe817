import { screen, waitFor, within } from '@testing-library/react'
import { renderRoute } from '../../test/render-route.tsx'

// The search fixture: the five fixture films and three people (src/test/data/search).
const box = () => screen.getByRole('searchbox', { name: 'Search films and people' })
const group = (name: string | RegExp) => screen.getByRole('region', { name })
const links = (region: HTMLElement) =>
  within(region)
    .getAllByRole('link')
    .map((link) => [link.textContent, link.getAttribute('href')])

describe('the search results page', () => {
  it('opens a shared link on its results, grouped, each a link', async () => {
    renderRoute('/search?q=harrison')
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Results for “harrison”' }),
    ).toBeVisible()
    await waitFor(() => expect(group('People')).toBeVisible())
    expect(links(group('People'))).toEqual([
      ['Harrison Ford (1968–2023)', '/people/harrison-ford-1960s'],
      ['Harrison Ford (1917–1928)', '/people/harrison-ford'],
    ])
    expect(box()).toHaveValue('harrison')
    await waitFor(() => expect(document.title).toBe('Search: harrison · Film Explorer'))
  })

  it('puts what you type in the URL, and shows its results', async () => {
    const { user, currentUrl } = renderRoute('/search')
    expect(await screen.findByRole('heading', { level: 1, name: 'Search' })).toBeVisible()
    expect(screen.getByText('Type a title or a name.')).toBeVisible()
    await user.type(box(), 'sample')
    await waitFor(() => expect(currentUrl()).toBe('/search?q=sample'))
    await waitFor(() =>
      expect(links(group('Films')).map(([title]) => title)).toEqual(
        expect.arrayContaining([
          'Sample Minimal Film',
          'The Sample Lighthouse',
          'Example Harbour Nights (a Sample)',
        ]),
      ),
    )
  })

  it('shows the films two named people share, and says so when they share none', async () => {
    renderRoute('/search?q=cher%20harrison%20ford')
    await waitFor(() =>
      expect(group('Films with Cher and Harrison Ford')).toHaveTextContent(
        'They share no film in the catalog.',
      ),
    )
  })

  it('finds two people by their surnames alone when they share films', async () => {
    renderRoute('/search?q=cage%20cher')
    await waitFor(() => expect(group('Films with Nicolas Cage and Cher')).toBeVisible())
    expect(links(group('Films with Nicolas Cage and Cher'))).toEqual([
      ['Moonstruck', '/films/moonstruck-1987'],
    ])
    expect(links(group('People')).map(([name]) => name)).toEqual([
      expect.stringContaining('Nicolas Cage'),
      expect.stringContaining('Cher'),
    ])
  })

  it('says kindly that nothing matches, with a way on', async () => {
    renderRoute('/search?q=zzzz')
    expect(await screen.findByText('Nothing matches “zzzz”.')).toBeVisible()
    expect(screen.getByRole('link', { name: 'Browse all films' })).toHaveAttribute('href', '/')
  })

  it('opens a result in the app', async () => {
    const { user, currentUrl } = renderRoute('/search?q=mask')
    await waitFor(() => expect(group('Films')).toBeVisible())
    await user.click(within(group('Films')).getByRole('link', { name: 'Mask' }))
    await waitFor(() => expect(currentUrl()).toBe('/films/mask-1985'))
  })
})

import { screen, waitFor } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { renderRoute } from '../../test/render-route.tsx'
import { server } from '../../test/server.ts'

const titles = async () => {
  await screen.findByRole('heading', { level: 1, name: 'Films' })
  return screen.queryAllByRole('heading', { level: 2 }).map((heading) => heading.textContent)
}

describe('catalog route', () => {
  it('lists every film with its year, director and rating, by title', async () => {
    renderRoute('/')
    expect(await titles()).toEqual([
      'Example Harbour Nights (a Sample)',
      'Mask',
      'Sample Minimal Film',
      'The Sample Lighthouse',
    ])
    const mask = screen.getByRole('link', { name: 'Mask' }).closest('li')
    expect(mask).toHaveTextContent('1985 · Directed by Peter Bogdanovich')
    expect(screen.getByText('Rated 7.0 out of 10')).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Mask' })).toHaveAttribute('href', '/films/mask-1985')
    expect(screen.getByText('4 films')).toHaveAttribute('role', 'status')
  })

  it('searches titles, years and directors, with the query in the URL', async () => {
    const { user, currentUrl } = renderRoute('/')
    await titles()
    await user.type(screen.getByRole('searchbox', { name: 'Search films' }), 'bogdanovich')
    await waitFor(async () => expect(await titles()).toEqual(['Mask']))
    expect(screen.getByText('Bogdanovich', { selector: 'mark' })).toBeVisible()
    expect(screen.getByText('1 of 4 films')).toBeVisible()
    await waitFor(() => expect(currentUrl()).toBe('/?q=bogdanovich'))
  })

  it('ignores punctuation: "ohara" finds Tom O\'Hara, highlighted whole', async () => {
    renderRoute('/?q=ohara')
    expect(await titles()).toEqual(['The Sample Lighthouse'])
    expect(screen.getByText("O'Hara", { selector: 'mark' })).toBeVisible()
  })

  it('still finds a director by a hyphenated name typed with a space', async () => {
    renderRoute('/?q=marques+sousa')
    expect(await titles()).toEqual(['The Sample Lighthouse'])
    expect(screen.getAllByText(/^(Marques|Sousa)$/, { selector: 'mark' })).toHaveLength(2)
  })

  it('sorts by year or rating, and opens a shared sorted link as the same view', async () => {
    const { user, currentUrl } = renderRoute('/?sort=year')
    expect(await titles()).toEqual([
      'Sample Minimal Film',
      'Mask',
      'The Sample Lighthouse',
      'Example Harbour Nights (a Sample)',
    ])
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Sort by' }),
      'Rating, highest first',
    )
    await waitFor(() => expect(currentUrl()).toBe('/?sort=rating'))
    expect(await titles()).toEqual([
      'The Sample Lighthouse',
      'Mask',
      'Example Harbour Nights (a Sample)',
      'Sample Minimal Film',
    ])
  })

  it('falls back to title order for an unknown sort', async () => {
    renderRoute('/?sort=%3Cscript%3E')
    expect((await titles())[0]).toBe('Example Harbour Nights (a Sample)')
  })

  it('offers to clear a search that matches nothing', async () => {
    const { user } = renderRoute('/?q=zzz')
    expect(await screen.findByText('No film matches “zzz”.')).toBeVisible()
    await user.click(screen.getByRole('button', { name: 'Clear search' }))
    expect(await titles()).toHaveLength(4)
  })

  it('says so when the catalog is empty', async () => {
    server.use(
      http.get('*/data/films/index.json', () => HttpResponse.json({ schemaVersion: 1, films: [] })),
    )
    renderRoute('/')
    expect(await screen.findByText('The catalog has no films yet.')).toBeVisible()
  })
})

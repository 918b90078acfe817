import { act, screen, waitFor } from '@testing-library/react'
import { renderRoute } from '../../test/render-route.tsx'

// The fixture catalog's decades and genres, 2 films a page (src/test/data/catalog).
const decade = () => screen.getByRole('combobox', { name: 'Decade' })
const genre = () => screen.getByRole('combobox', { name: 'Genre' })
const titles = () =>
  screen.queryAllByRole('heading', { level: 2 }).map((heading) => heading.textContent)
const summary = () => screen.getByText(/, (by title|newest first|oldest first)\. Page/)

describe('browsing the catalog by decade and genre', () => {
  it('offers every decade and genre with its number of films', async () => {
    renderRoute('/')
    await screen.findByRole('heading', { level: 1, name: 'Films' })
    const labels = (select: HTMLElement) =>
      [...(select as HTMLSelectElement).options].map((option) => option.textContent)
    expect(labels(decade())).toEqual([
      'All decades',
      '1960s (1)',
      '1970s (1)',
      '1980s (2)',
      '2000s (1)',
    ])
    expect(labels(genre())).toEqual([
      'All genres',
      'Biography (1)',
      'Comedy (1)',
      'Drama (1)',
      'Satire (1)',
    ])
  })

  it('narrows to a decade, then a genre, each choice a URL of its own, and Back undoes them', async () => {
    const { user, currentUrl, router } = renderRoute('/')
    await screen.findByRole('heading', { level: 1, name: 'Films' })
    await user.selectOptions(decade(), '1980s')
    await waitFor(() => expect(currentUrl()).toBe('/catalog/1980s/title/1'))
    await waitFor(() => expect(titles()).toEqual(['Airplane!', 'Mask']))
    expect(summary()).toHaveTextContent('2 films, 1980s, by title. Page 1 of 1: Airplane! – Mask')
    expect(decade()).toHaveValue('1980s')
    // Counts are now the 1980s' own.
    expect(screen.getByRole('option', { name: 'Drama (1)' })).toBeInTheDocument()
    expect(screen.queryByRole('option', { name: /^Biography/ })).toBeInTheDocument()

    await user.selectOptions(genre(), 'Drama')
    await waitFor(() => expect(currentUrl()).toBe('/catalog/1980s-drama/title/1'))
    await waitFor(() => expect(titles()).toEqual(['Mask']))
    expect(summary()).toHaveTextContent('1 film, Drama, 1980s, by title.')
    await waitFor(() =>
      expect(document.title).toBe('Drama films of the 1980s, page 1 · Film Explorer'),
    )

    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Drama films of the 1980s')
    await user.click(screen.getByRole('link', { name: 'Newest first' }))
    await waitFor(() => expect(currentUrl()).toBe('/catalog/1980s-drama/year/1'))
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Drama films of the 1980s, newest first',
      }),
    ).toBeVisible()

    await act(() => router.navigate(-1))
    await waitFor(() => expect(currentUrl()).toBe('/catalog/1980s-drama/title/1'))
    await act(() => router.navigate(-1))
    await waitFor(() => expect(currentUrl()).toBe('/catalog/1980s/title/1'))
    await waitFor(() => expect(decade()).toHaveValue('1980s'))
    expect(genre()).toHaveValue('')
    await act(() => router.navigate(-1))
    await waitFor(() => expect(currentUrl()).toBe('/'))
    await waitFor(() => expect(decade()).toHaveValue(''))
  })

  it('opens a shared browse link on exactly that view', async () => {
    renderRoute('/catalog/comedy/year/1')
    await waitFor(() => expect(titles()).toEqual(['Airplane!']))
    expect(genre()).toHaveValue('Comedy')
    expect(decade()).toHaveValue('')
    expect(screen.getByRole('link', { name: 'Newest first' })).toHaveAttribute(
      'aria-current',
      'page',
    )
  })

  it('goes back to the whole catalog with "All"', async () => {
    const { user, currentUrl } = renderRoute('/catalog/2000s/title/1')
    await waitFor(() => expect(titles()).toEqual(['Sample Minimal Film']))
    await user.selectOptions(decade(), '')
    await waitFor(() => expect(currentUrl()).toBe('/'))
  })

  it('answers a decade or genre the catalog does not have with a 404 that says what to do', async () => {
    renderRoute('/catalog/1930s-western/title/1')
    expect(
      await screen.findByText(
        'The catalog has no films for “1930s-western”. Choose a decade or a genre from the catalog.',
      ),
    ).toBeVisible()
  })

  it('answers a page past the last of a view with a 404 that counts its pages', async () => {
    renderRoute('/catalog/1980s/title/9')
    expect(
      await screen.findByText('There is no page 9: this view has 1 page by title.'),
    ).toBeVisible()
  })
})

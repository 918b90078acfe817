import { screen, waitFor, within } from '@testing-library/react'
import { personKeys } from '../../data/person-keys.ts'
import { renderRoute } from '../../test/render-route.tsx'

// The search fixture: the five fixture films and three people
// (src/test/data/search, checked by pipeline/derived/search-real.test.ts).
const box = () => screen.getByLabelText('Search films and people')
const list = () => screen.getByRole('listbox', { name: 'Search results' })
const status = () => within(box().closest('form') as HTMLElement).getByRole('status')
const options = () =>
  within(list())
    .getAllByRole('option')
    .map((option) => option.textContent)

async function typeIn(text: string) {
  const view = renderRoute('/')
  await screen.findByRole('heading', { level: 1, name: 'Films' })
  await view.user.click(box())
  await view.user.type(box(), text)
  return view
}

describe('the catalog search (a WAI-ARIA combobox)', () => {
  it('is a plain form for the results page until it is used', async () => {
    renderRoute('/')
    await screen.findByRole('heading', { level: 1, name: 'Films' })
    // A search field, not yet a combobox: there is no list to promise.
    expect(box()).toBe(screen.getByRole('searchbox', { name: 'Search films and people' }))
    expect(box()).not.toHaveAttribute('aria-expanded')
    expect(box().closest('form')).toHaveAttribute('action', '/search')
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument()
    // Focus loads the list, which makes the box a closed combobox that controls it.
    box().focus()
    await waitFor(() =>
      expect(screen.getByRole('combobox', { name: 'Search films and people' })).toBe(box()),
    )
    expect(box()).toHaveAttribute('aria-expanded', 'false')
    expect(box()).toHaveAttribute('aria-controls', 'site-search-list')
  })

  it('shows results as you type, films with their year and first names', async () => {
    await typeIn('mas')
    await waitFor(() =>
      expect(options()).toEqual(['Mask1985 · with Cher and Sam Elliott', 'All results for “mas”']),
    )
    expect(box()).toHaveAttribute('aria-expanded', 'true')
    expect(status()).toHaveTextContent('1 film')
    expect(within(list()).getByRole('group', { name: 'Films' })).toBeInTheDocument()
  })

  it('groups people apart, with their number of films, best group first', async () => {
    await typeIn('harrison')
    await waitFor(() => expect(within(list()).getByRole('group', { name: 'People' })).toBeVisible())
    const people = within(within(list()).getByRole('group', { name: 'People' })).getAllByRole(
      'option',
    )
    expect(people.map((option) => option.textContent)).toEqual([
      // Namesakes told apart by their years, the one with more films first.
      'Harrison Ford (1968–2023)50 films',
      'Harrison Ford (1917–1928)45 films',
    ])
  })

  it('moves through the options with the arrow keys and opens one with Enter', async () => {
    const { user, currentUrl } = await typeIn('cher')
    await waitFor(() => expect(options()[0]).toBe('Cher16 films'))
    expect(box()).not.toHaveAttribute('aria-activedescendant')
    await user.keyboard('{ArrowDown}')
    const first = within(list()).getAllByRole('option')[0] as HTMLElement
    expect(box()).toHaveAttribute('aria-activedescendant', first.id)
    expect(first).toHaveAttribute('aria-selected', 'true')
    // Up from the first goes round to the last, and down again to the first.
    await user.keyboard('{ArrowUp}')
    expect(within(list()).getAllByRole('option').at(-1)).toHaveAttribute('aria-selected', 'true')
    await user.keyboard('{ArrowDown}{Enter}')
    await waitFor(() => expect(currentUrl()).toBe('/people/cher'))
    expect(await screen.findByRole('heading', { level: 1, name: /Cher/ })).toBeInTheDocument()
  })

  it('opens the full results page with Enter when no option is chosen', async () => {
    const { user, currentUrl } = await typeIn('sample')
    await waitFor(() => expect(options().length).toBeGreaterThan(1))
    await user.keyboard('{Enter}')
    await waitFor(() => expect(currentUrl()).toBe('/search?q=sample'))
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Results for “sample”' }),
    ).toBeVisible()
  })

  it('closes the list with Escape, and empties the box with a second Escape', async () => {
    const { user } = await typeIn('mask')
    await waitFor(() => expect(list()).toBeVisible())
    await user.keyboard('{Escape}')
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument()
    expect(box()).toHaveAttribute('aria-expanded', 'false')
    expect(box()).toHaveValue('mask')
    await user.keyboard('{Escape}')
    expect(box()).toHaveValue('')
    // Typing again opens it.
    await user.type(box(), 'air')
    await waitFor(() =>
      expect(options()[0]).toBe('Airplane!1980 · with Robert Hays and Julie Hagerty'),
    )
  })

  it('says so, kindly, when nothing matches', async () => {
    await typeIn('zzzz')
    await waitFor(() =>
      expect(status()).toHaveTextContent(
        'Nothing matches “zzzz”. Check the spelling, try fewer words, or browse the films below.',
      ),
    )
    expect(options()).toEqual(['All results for “zzzz”'])
  })

  it('forgives a typo and ignores case and accents', async () => {
    await typeIn('LÎGHTHOSE')
    await waitFor(() =>
      expect(options()[0]).toBe(
        'The Sample Lighthouse1979 · with Zoë Lindqvist and Jean-Luc Ferreira',
      ),
    )
  })

  it('offers the films two named people share, from their own files', async () => {
    const { queryClient } = await typeIn('cher harrison ford')
    await waitFor(() =>
      expect(
        within(list()).getByRole('group', { name: /^Films with Cher and Harrison Ford/ }),
      ).toBeVisible(),
    )
    expect(within(list()).getByRole('group', { name: 'People' })).toHaveTextContent(
      /^Cher16 filmsHarrison Ford/,
    )
    // The person files went into the cache under the person page's own keys.
    expect(queryClient.getQueryData(personKeys.detail('cher'))).toMatchObject({ id: 'cher' })
  })

  it('closes when focus leaves the box', async () => {
    const { user } = await typeIn('mask')
    await waitFor(() => expect(list()).toBeVisible())
    await user.tab()
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument()
  })
})

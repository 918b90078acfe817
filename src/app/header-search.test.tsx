import { screen, waitFor, within } from '@testing-library/react'
import { renderRoute } from '../test/render-route.tsx'

// The site's search sits in the header of every page (root-layout.tsx), with
// the search fixture behind it (src/test/data/search).
const box = () => screen.getByLabelText('Search films and people')
const list = () => screen.getByRole('listbox', { name: 'Search results' })
const firstOption = (group: string) =>
  within(within(list()).getByRole('group', { name: group })).getAllByRole('option')[0]

describe("the header's search", () => {
  it('finds a person from a film page, by keyboard alone: "/", a name, Enter', async () => {
    const { user, currentUrl } = renderRoute('/films/mask-1985')
    await screen.findByRole('heading', { level: 1, name: 'Mask (1985)' })
    // One search landmark: the header's form, a plain form for the results page.
    expect(screen.getAllByRole('search')).toEqual([box().closest('form')])
    expect(box().closest('form')).toHaveAttribute('action', '/search')
    await user.keyboard('/')
    expect(box()).toHaveFocus()
    await user.keyboard('cher')
    await waitFor(() => expect(firstOption('People')).toHaveTextContent('Cher16 films'))
    await user.keyboard('{ArrowDown}{Enter}')
    await waitFor(() => expect(currentUrl()).toBe('/people/cher'))
    expect(await screen.findByRole('heading', { level: 1, name: 'Cher' })).toBeVisible()
  })

  it('finds a film from a person page, and Escape closes the list', async () => {
    const { user, currentUrl } = renderRoute('/people/cher')
    await screen.findByRole('heading', { level: 1, name: 'Cher' })
    await user.click(box())
    await user.type(box(), 'mas')
    await waitFor(() => expect(firstOption('Films')).toHaveTextContent(/^Mask1985/))
    await user.keyboard('{Escape}')
    expect(box()).toHaveAttribute('aria-expanded', 'false')
    await user.keyboard('{ArrowDown}')
    await waitFor(() => expect(firstOption('Films')).toHaveAttribute('aria-selected', 'true'))
    await user.keyboard('{Enter}')
    await waitFor(() => expect(currentUrl()).toBe('/films/mask-1985'))
    expect(await screen.findByRole('heading', { level: 1, name: 'Mask (1985)' })).toBeVisible()
  })

  it('gives way on the results page to its own box, which holds the query', async () => {
    renderRoute('/search?q=mask')
    await screen.findByRole('heading', { level: 1, name: 'Results for “mask”' })
    expect(screen.getAllByLabelText('Search films and people')).toEqual([
      screen.getByRole('searchbox', { name: 'Search films and people' }),
    ])
    expect(box()).toHaveValue('mask')
    expect(screen.getAllByRole('search')).toHaveLength(1)
  })
})

import { screen, waitFor, within } from '@testing-library/react'
import { renderRoute } from '../test/render-route.tsx'

describe('focus and announcements on navigation', () => {
  it('moves focus to the new section heading and announces the page', async () => {
    const { user } = renderRoute('/films/mask-1985')
    await screen.findByRole('heading', { level: 1, name: 'Mask (1985)' })
    await user.click(screen.getByRole('link', { name: 'Cast' }))
    const heading = await screen.findByRole('heading', { level: 2, name: 'Cast' })
    await waitFor(() => expect(heading).toHaveFocus())
    const announcer = screen
      .getAllByRole('status')
      .find((region) => region.textContent === 'Cast · Mask (1985)')
    expect(announcer).toBeDefined()
  })

  it('moves focus to the heading on another page of the catalog and announces which', async () => {
    const { user } = renderRoute('/')
    await screen.findByRole('heading', { level: 1, name: 'Films' })
    const pages = screen.getByRole('navigation', { name: 'Pages' })
    await user.click(within(pages).getByRole('link', { name: 'Next' }))
    await screen.findByRole('link', { name: 'Mask' })
    await waitFor(() =>
      expect(screen.getByRole('heading', { level: 1, name: 'Films' })).toHaveFocus(),
    )
    const announced = screen
      .getAllByRole('status')
      .some((region) => region.textContent === 'Films, page 2 · Film Explorer')
    expect(announced).toBe(true)
  })

  it("moves focus to a person's name when a cast entry is followed, and announces them", async () => {
    const { user } = renderRoute('/films/mask-1985/cast')
    await user.click(await screen.findByRole('link', { name: 'Cher' }))
    const heading = await screen.findByRole('heading', { level: 1, name: 'Cher' })
    await waitFor(() => expect(heading).toHaveFocus())
    const announced = screen
      .getAllByRole('status')
      .some((region) => region.textContent === 'Cher · Film Explorer')
    expect(announced).toBe(true)
  })

  it('leaves focus alone when only the search changes', async () => {
    const { user } = renderRoute('/films/mask-1985/cast')
    const box = await screen.findByRole('searchbox', { name: 'Search the cast' })
    await user.type(box, 'cher')
    expect(box).toHaveFocus()
  })

  it('focuses the item a permalink points at', async () => {
    const { user } = renderRoute('/films/mask-1985/trivia')
    await screen.findByRole('article', { name: 'Quote 1' })
    await user.click(screen.getByRole('link', { name: 'Permalink to this quote' }))
    await waitFor(() => expect(screen.getByRole('article', { name: 'Quote 1' })).toHaveFocus())
  })

  it('skips to the content without changing the URL', async () => {
    const { user, currentUrl } = renderRoute('/films/mask-1985')
    await screen.findByRole('heading', { level: 1, name: 'Mask (1985)' })
    await user.click(screen.getByRole('link', { name: 'Skip to content' }))
    expect(screen.getByRole('main')).toHaveFocus()
    expect(currentUrl()).toBe('/films/mask-1985')
  })
})

describe('the / shortcut', () => {
  it("focuses the site's search from a film's section that has a search of its own", async () => {
    const { user } = renderRoute('/films/mask-1985/trivia')
    await screen.findByRole('searchbox', { name: /Search facts, goofs and quotes/ })
    await user.keyboard('/')
    expect(screen.getByLabelText('Search films and people')).toHaveFocus()
  })

  it('types a plain "/" while the reader is in a text field', async () => {
    const { user } = renderRoute('/films/mask-1985/cast')
    const box = await screen.findByRole('searchbox', { name: 'Search the cast' })
    await user.click(box)
    await user.keyboard('a/b')
    expect(box).toHaveValue('a/b')
  })

  it("focuses the results page's own box on the results page, which has no other", async () => {
    const { user } = renderRoute('/search?q=cher')
    const box = await screen.findByRole('searchbox', { name: 'Search films and people' })
    expect(screen.getAllByRole('search')).toHaveLength(1)
    await user.keyboard('/')
    expect(box).toHaveFocus()
  })
})

describe('sharing', () => {
  afterEach(() => {
    Reflect.deleteProperty(navigator, 'share')
  })

  it('copies the link to the current view and says so when there is no share sheet', async () => {
    const { user } = renderRoute('/films/mask-1985/cast?q=dennis&sort=actor')
    await screen.findByRole('heading', { level: 2, name: 'Cast' })
    await user.click(screen.getByRole('button', { name: 'Share' }))
    expect(await navigator.clipboard.readText()).toBe(
      `${window.location.origin}/films/mask-1985/cast?q=dennis&sort=actor`,
    )
    expect(await screen.findByText('Link to this view copied to the clipboard.')).toBeVisible()
  })

  it('uses the system share sheet where the browser has one', async () => {
    const share = vi.fn(() => Promise.resolve())
    Object.defineProperty(navigator, 'share', { value: share, configurable: true })
    const { user } = renderRoute('/films/mask-1985/reviews')
    await screen.findByRole('heading', { level: 2, name: 'Reviews' })
    await user.click(screen.getByRole('button', { name: 'Share' }))
    expect(share).toHaveBeenCalledWith({
      title: 'Reviews · Mask (1985)',
      url: `${window.location.origin}/films/mask-1985/reviews`,
    })
    expect(screen.queryByText(/copied/)).not.toBeInTheDocument()
  })

  it('copies the permalink of a trivia item', async () => {
    const { user } = renderRoute('/films/mask-1985/trivia')
    const goof = await screen.findByRole('article', { name: 'Goof 1' })
    await user.click(within(goof).getByRole('button', { name: 'Copy link to this goof' }))
    expect(await navigator.clipboard.readText()).toBe(
      `${window.location.origin}/films/mask-1985/trivia#goof-1`,
    )
    expect(await screen.findByText('Link to this goof copied.')).toBeVisible()
  })
})

describe('the theme', () => {
  afterEach(() => {
    delete document.documentElement.dataset.theme
    localStorage.clear()
  })

  it('offers system, light and dark, says which is on, and returns to the system', async () => {
    const { user } = renderRoute('/')
    const theme = await screen.findByRole('combobox', { name: 'Theme' })
    // jsdom has no matchMedia, so the system reads as light.
    expect(theme).toHaveDisplayValue('System (light)')
    expect(
      within(theme)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['System (light)', 'Light', 'Dark'])

    await user.selectOptions(theme, 'Dark')
    expect(theme).toHaveDisplayValue('Dark')
    expect(document.documentElement.dataset.theme).toBe('dark')
    expect(localStorage.getItem('film-explorer:theme')).toBe('dark')

    await user.selectOptions(theme, 'Light')
    expect(document.documentElement.dataset.theme).toBe('light')

    await user.selectOptions(theme, 'System (light)')
    expect(theme).toHaveDisplayValue('System (light)')
    expect(document.documentElement.dataset.theme).toBeUndefined()
    expect(localStorage.getItem('film-explorer:theme')).toBeNull()
  })
})

import { act, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { delay, http, HttpResponse } from 'msw'
import titlePage from '../../../test/data/catalog/title/1.json'
import { cloneFilm } from '../../../test/fixtures.ts'
import { renderRoute } from '../../../test/render-route.tsx'
import { CATALOG_URL, server, serveFilm } from '../../../test/server.ts'

const CAST = '/films/mask-1985/cast'

async function castRows() {
  const table = await screen.findByRole('table')
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getByRole('rowheader').textContent)
}
const searchBox = () => screen.findByRole('searchbox', { name: 'Search the cast' })

describe('cast route', () => {
  it('lists all 15 credits in billing order, with credit notes apart from characters', async () => {
    renderRoute(CAST)
    const rows = await castRows()
    expect(rows).toHaveLength(15)
    expect(rows[0]).toBe('Cher')
    expect(rows.at(-1)).toBe('Joe Unger')
    const minter = screen.getByRole('row', { name: /Kelly Jo Minter/ })
    expect(within(minter).getByRole('cell', { name: 'Lorrie (as Kelly Minter)' })).toBeVisible()
    expect(screen.getByText('15 cast members')).toBeVisible()
  })

  it('links each cast member to their page, and says nothing of a credit with no person', async () => {
    const film = cloneFilm()
    film.cast.push({ id: 'cast-16', actor: 'Unresolved Visitor', character: 'Visitor', note: null })
    serveFilm(film)
    const { user, router } = renderRoute(CAST)
    await castRows()
    const cher = screen.getByRole('link', { name: 'Cher' })
    expect(cher).toHaveAttribute('href', '/people/cher')
    const visitor = screen.getByRole('rowheader', { name: 'Unresolved Visitor' })
    expect(within(visitor).queryByRole('link')).toBeNull()
    await user.click(cher)
    await waitFor(() => expect(router.state.location.pathname).toBe('/people/cher'))
    expect(await screen.findByRole('heading', { level: 1, name: 'Cher' })).toBeVisible()
  })

  it('leaves a click meant for a new tab to the browser', async () => {
    const { currentUrl } = renderRoute(CAST)
    await castRows()
    const cher = screen.getByRole('link', { name: 'Cher' })
    // fireEvent returns false when the app prevented the browser's default.
    expect(fireEvent.click(cher, { ctrlKey: true })).toBe(true)
    expect(fireEvent.click(cher, { button: 1 })).toBe(true)
    expect(currentUrl()).toBe(CAST)
    expect(fireEvent.click(cher)).toBe(false)
    await waitFor(() => expect(currentUrl()).toBe('/people/cher'))
  })

  it('finds Sam Elliott by "ÉLLIOTT", highlights the match and announces the count', async () => {
    const { user, currentUrl } = renderRoute(CAST)
    await user.type(await searchBox(), 'ÉLLIOTT')
    await waitFor(async () => expect(await castRows()).toEqual(['Sam Elliott']))
    expect(screen.getByText('Elliott', { selector: 'mark' })).toBeVisible()
    expect(screen.getByText('1 of 15 cast members')).toHaveAttribute('role', 'status')
    await waitFor(() => expect(currentUrl()).toBe(`${CAST}?q=%C3%89LLIOTT`))
  })

  it.each([
    ['Zoë Sample', 'zoe', 'Zoë'],
    // Punctuation is folded away, and the highlight spans it.
    ["Maureen O'Hara", 'ohara', "O'Hara"],
  ])('finds %s by typing "%s", highlighting %s', async (actor, typed, marked) => {
    const film = cloneFilm()
    film.cast.push({ id: 'cast-16', actor, character: 'Visitor', note: null })
    serveFilm(film)
    const { user } = renderRoute(CAST)
    await user.type(await searchBox(), typed)
    await waitFor(async () => expect(await castRows()).toEqual([actor]))
    expect(screen.getByText(marked, { selector: 'mark' })).toBeVisible()
  })

  it('matches and highlights a one-letter word only at the starts of words', async () => {
    renderRoute(`${CAST}?q=k`)
    expect(await castRows()).toEqual(['L. Craig King', 'Kelly Jo Minter'])
    // King, Kelly, and Kelly in the credit note: not the k of Rocky.
    expect(screen.getAllByText('K', { selector: 'mark' })).toHaveLength(3)
    expect(screen.getAllByText(/./, { selector: 'mark' })).toHaveLength(3)
  })

  it('finds Kelly Jo Minter through her credit note with "kelly minter"', async () => {
    renderRoute(`${CAST}?q=kelly+minter`)
    expect(await castRows()).toEqual(['Kelly Jo Minter'])
    const marks = screen.getAllByText(/^(Kelly|Minter)$/, { selector: 'mark' })
    expect(marks).toHaveLength(4) // in the actor name and in the credit note
    expect(await searchBox()).toHaveValue('kelly minter')
  })

  it('matches characters, words in any order, and regex characters as plain text', async () => {
    const { user } = renderRoute(`${CAST}?q=dennis+rusty`)
    expect(await castRows()).toEqual(['Cher'])
    const box = await searchBox()
    await user.clear(box)
    await user.type(box, 'jr.')
    await waitFor(async () => expect(await castRows()).toEqual(['Harry Carey Jr.']))
    await user.clear(box)
    await user.type(box, '.*(')
    expect(await screen.findByText('No cast member matches “.*(”.')).toBeVisible()
  })

  it('shows a friendly empty state whose button clears the search', async () => {
    const { user, currentUrl } = renderRoute(`${CAST}?q=zzz`)
    expect(await screen.findByText('No cast member matches “zzz”.')).toBeVisible()
    expect(screen.getByText('0 of 15 cast members')).toBeVisible()
    await user.click(screen.getByRole('button', { name: 'Clear search' }))
    expect(await castRows()).toHaveLength(15)
    expect(await searchBox()).toHaveValue('')
    expect(currentUrl()).toBe(CAST)
  })

  it('clears a search typed a moment ago, before it has reached the URL', async () => {
    const { user, currentUrl } = renderRoute(CAST)
    const box = await searchBox()
    act(() => {
      fireEvent.change(box, { target: { value: 'zzz' } })
    })
    await user.click(screen.getByRole('button', { name: 'Clear search' }))
    expect(await castRows()).toHaveLength(15)
    // Long after the typing would have been committed, the URL stays clear.
    await new Promise((resolve) => setTimeout(resolve, 400))
    expect(currentUrl()).toBe(CAST)
    expect(box).toHaveValue('')
  })

  it('never pulls the reader back when they leave straight after typing', async () => {
    // A navigation slower than the pause that commits typing to the URL.
    server.use(
      http.get(CATALOG_URL, async () => {
        await delay(400)
        return HttpResponse.json(titlePage)
      }),
    )
    const { user, currentUrl } = renderRoute(CAST)
    const box = await searchBox()
    act(() => {
      fireEvent.change(box, { target: { value: 'zoe' } })
    })
    await user.click(screen.getByRole('link', { name: 'Film Explorer' }))
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Films' }, { timeout: 2000 }),
    ).toBeVisible()
    expect(currentUrl()).toBe('/')
  })

  it('clears the search with Escape', async () => {
    const { user, currentUrl } = renderRoute(`${CAST}?q=cher`)
    await user.click(await searchBox())
    await user.keyboard('{Escape}')
    await waitFor(() => expect(currentUrl()).toBe(CAST))
    expect(await searchBox()).toHaveValue('')
  })

  it('sorts by actor or character, keeping the search, and falls back on a bad sort', async () => {
    const { user, currentUrl } = renderRoute(`${CAST}?q=dennis`)
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Sort by' }), 'Actor')
    await waitFor(() => expect(currentUrl()).toBe(`${CAST}?q=dennis&sort=actor`))
    // By surname: Burkley, Cher, Stoltz.
    expect(await castRows()).toEqual(['Dennis Burkley', 'Cher', 'Eric Stoltz'])
    await user.selectOptions(screen.getByRole('combobox', { name: 'Sort by' }), 'Character')
    await waitFor(async () =>
      expect(await castRows()).toEqual(['Dennis Burkley', 'Cher', 'Eric Stoltz']),
    )
  })

  it('keeps every typed character when a sort is chosen straight after typing', async () => {
    const { currentUrl } = renderRoute(CAST)
    const box = await searchBox()
    const sort = screen.getByRole('combobox', { name: 'Sort by' })
    // Both in one go: the sort is chosen before the typed text reaches the URL.
    act(() => {
      fireEvent.change(box, { target: { value: 'dennis' } })
      fireEvent.change(sort, { target: { value: 'actor' } })
    })
    await waitFor(() => expect(currentUrl()).toBe(`${CAST}?q=dennis&sort=actor`))
    expect(box).toHaveValue('dennis')
  })

  it('falls back to billing order for an unknown sort', async () => {
    renderRoute(`${CAST}?sort=shoe-size`)
    expect((await castRows())[0]).toBe('Cher')
    expect(screen.getByRole('combobox', { name: 'Sort by' })).toHaveValue('billing')
  })

  it('replaces the history entry while typing and pushes one per choice, so Back walks choices', async () => {
    const { user, router, currentUrl } = renderRoute('/films/mask-1985')
    await user.click(await screen.findByRole('link', { name: 'Cast' }))
    await user.type(await searchBox(), 'dennis')
    await waitFor(() => expect(currentUrl()).toBe(`${CAST}?q=dennis`))
    await user.selectOptions(screen.getByRole('combobox', { name: 'Sort by' }), 'Actor')
    await waitFor(() => expect(currentUrl()).toBe(`${CAST}?q=dennis&sort=actor`))

    await act(() => router.navigate(-1))
    await waitFor(() => expect(currentUrl()).toBe(`${CAST}?q=dennis`))
    expect(screen.getByRole('combobox', { name: 'Sort by' })).toHaveValue('billing')
    await act(() => router.navigate(-1))
    await waitFor(() => expect(currentUrl()).toBe('/films/mask-1985'))
    await act(() => router.navigate(1))
    await waitFor(() => expect(currentUrl()).toBe(`${CAST}?q=dennis`))
    expect(await searchBox()).toHaveValue('dennis')
  })

  it('highlights the credit a permalink points at', async () => {
    renderRoute(`${CAST}#cast-2`)
    await castRows()
    expect(screen.getByRole('row', { name: /Sam Elliott/ })).toHaveClass('is-target')
    expect(screen.getByRole('row', { name: /Cher/ })).not.toHaveClass('is-target')
  })

  it('moves focus to the credit a permalink points at, by billing position', async () => {
    renderRoute(`${CAST}?sort=actor#cast-3`)
    await castRows()
    await waitFor(() => expect(screen.getByRole('row', { name: /Eric Stoltz/ })).toHaveFocus())
  })

  it('copies the permalink of each credit, naming the credit', async () => {
    const { user } = renderRoute(`${CAST}?q=cher`)
    await user.click(
      await screen.findByRole('button', {
        name: "Copy link to Cher as Florence 'Rusty' Dennis",
      }),
    )
    expect(await navigator.clipboard.readText()).toBe(
      `${window.location.origin}/films/mask-1985/cast#cast-1`,
    )
    expect(await screen.findByText("Link to Cher as Florence 'Rusty' Dennis copied.")).toBeVisible()
  })

  it('names a credit with no character by the actor alone', async () => {
    const film = cloneFilm()
    film.cast.push({ id: 'cast-16', actor: 'Zoë Sample', character: null, note: null })
    serveFilm(film)
    renderRoute(CAST)
    expect(await screen.findByRole('button', { name: 'Copy link to Zoë Sample' })).toBeVisible()
  })

  it('says so when a film has no cast', async () => {
    serveFilm({ ...cloneFilm(), cast: [], stars: [] })
    renderRoute(CAST)
    expect(await screen.findByText('No cast is recorded for this film.')).toBeVisible()
    expect(screen.queryByRole('searchbox', { name: 'Search the cast' })).not.toBeInTheDocument()
  })

  it('keeps the status region in place for announcements', async () => {
    renderRoute(CAST)
    await castRows()
    const counts = screen
      .getAllByRole('status')
      .filter((el) => el.textContent === '15 cast members')
    expect(counts).toHaveLength(1)
  })
})

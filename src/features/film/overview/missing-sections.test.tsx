import { screen, waitFor } from '@testing-library/react'
import { renderRoute } from '../../../test/render-route.tsx'

/** The minimal sample page: a year, a rating, a director, one cast line and a runtime. */
const FILM = '/films/sample-minimal-film-2003'

describe('a film with most sections missing', () => {
  it('shows what it has and leaves out what it lacks on the overview', async () => {
    renderRoute(FILM)
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Sample Minimal Film (2003)' }),
    ).toBeVisible()
    expect(screen.getByText('Priya Raman')).toBeVisible()
    expect(screen.getByText('Rated 5.9 out of 10')).toBeInTheDocument()
    expect(screen.getByText('95 minutes')).toBeVisible()
    for (const term of ['Stars', 'Release date', 'Gross', 'Tagline']) {
      expect(screen.queryByText(term, { selector: 'dt' })).not.toBeInTheDocument()
    }
  })

  it('lists its one cast member', async () => {
    renderRoute(`${FILM}/cast`)
    expect(await screen.findByRole('rowheader', { name: 'Ana Kowalczyk' })).toBeVisible()
    expect(screen.getByText('1 cast member')).toBeVisible()
  })

  it.each([
    ['trivia', 'No facts, goofs or quotes are recorded for this film.'],
    ['reviews', 'No ratings or user reviews are recorded for this film.'],
  ])('shows an honest empty state on %s', async (section, message) => {
    renderRoute(`${FILM}/${section}`)
    expect(await screen.findByText(message)).toBeVisible()
    await waitFor(() => expect(document.title).toMatch(/· Sample Minimal Film \(2003\)$/))
  })
})

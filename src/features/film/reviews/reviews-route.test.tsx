import { screen, waitFor, within } from '@testing-library/react'
import { cloneFilm } from '../../../test/fixtures.ts'
import { renderRoute } from '../../../test/render-route.tsx'
import { serveFilm } from '../../../test/server.ts'

const REVIEWS = '/films/mask-1985/reviews'
const headline = 'Hard to Watch at Times, But a Very Good Film.'

function filmWithTwoReviews() {
  const film = cloneFilm()
  film.reviews.push({
    id: 'review-2',
    headline: 'A sample second opinion',
    body: 'Invented for this test.',
    rating: { value: 2, max: 5 },
    commentsClosed: false,
  })
  return film
}
const headlines = () => screen.queryAllByRole('heading', { level: 3 }).map((h) => h.textContent)

describe('reviews route', () => {
  it("shows the review: headline, rating and body, without the source site's comment note", async () => {
    renderRoute(REVIEWS)
    expect(await screen.findByRole('heading', { level: 3, name: headline })).toBeVisible()
    expect(screen.getByText('Rated 4.5 out of 5')).toBeInTheDocument()
    expect(screen.getByText(/The true story of Rocky Dennis/)).toBeVisible()
    expect(screen.queryByText('Comments are closed.')).toBeNull()
    expect(screen.getByText('1 review')).toBeVisible()
  })

  it('filters by lowest rating and sorts, with both in the URL', async () => {
    serveFilm(filmWithTwoReviews())
    const { user, currentUrl } = renderRoute(REVIEWS)
    await screen.findByRole('heading', { level: 3, name: headline })
    expect(headlines()).toEqual([headline, 'A sample second opinion'])

    await user.selectOptions(screen.getByRole('combobox', { name: 'Sort by' }), 'Lowest rated')
    await waitFor(() => expect(currentUrl()).toBe(`${REVIEWS}?sort=lowest`))
    expect(headlines()).toEqual(['A sample second opinion', headline])

    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Minimum rating' }),
      '3 stars or more',
    )
    await waitFor(() => expect(currentUrl()).toBe(`${REVIEWS}?sort=lowest&min=3`))
    expect(headlines()).toEqual([headline])
    expect(screen.getByText('1 of 2 reviews')).toBeVisible()
  })

  it('shows an empty state with a way back when no review is high enough', async () => {
    const { user, currentUrl } = renderRoute(`${REVIEWS}?min=5`)
    expect(await screen.findByText('No review has 5 stars.')).toBeVisible()
    await user.click(screen.getByRole('button', { name: 'Show all reviews' }))
    await waitFor(() => expect(currentUrl()).toBe(REVIEWS))
    expect(await screen.findByRole('heading', { level: 3, name: headline })).toBeVisible()
  })

  it('offers no filter or sort over a single review', async () => {
    renderRoute(REVIEWS)
    expect(await screen.findByRole('heading', { level: 3, name: headline })).toBeVisible()
    expect(within(screen.getByRole('main')).queryByRole('combobox')).toBeNull()
  })

  it('says "1 star", not "1 stars"', async () => {
    serveFilm(filmWithTwoReviews())
    renderRoute(`${REVIEWS}?min=1`)
    const select = await screen.findByRole('combobox', { name: 'Minimum rating' })
    expect(within(select).getByRole('option', { name: '1 star or more' })).toBeInTheDocument()
    expect(within(select).getByRole('option', { name: '2 stars or more' })).toBeInTheDocument()
  })

  it('falls back to defaults for invalid params', async () => {
    serveFilm(filmWithTwoReviews())
    renderRoute(`${REVIEWS}?min=%E2%9C%A8&sort=__proto__`)
    expect(await screen.findByRole('heading', { level: 3, name: headline })).toBeVisible()
    expect(screen.getByRole('combobox', { name: 'Minimum rating' })).toHaveValue('0')
    expect(screen.getByRole('combobox', { name: 'Sort by' })).toHaveValue('featured')
  })

  it('highlights the review a permalink points at', async () => {
    renderRoute(`${REVIEWS}#review-1`)
    expect(await screen.findByRole('article', { name: headline })).toHaveClass('is-target')
    expect(screen.getByRole('link', { name: 'Permalink to this review' })).toHaveAttribute(
      'href',
      `${REVIEWS}#review-1`,
    )
  })

  it('says so when a film has no reviews', async () => {
    serveFilm({ ...cloneFilm(), reviews: [] })
    renderRoute(REVIEWS)
    expect(
      await screen.findByText('No ratings or user reviews are recorded for this film.'),
    ).toBeVisible()
  })
})

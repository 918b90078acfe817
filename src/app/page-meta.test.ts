import { cloneFilm } from '../test/fixtures.ts'
import { describePage } from './page-meta.ts'

describe('describePage', () => {
  it('counts the trivia of a film that has some', () => {
    expect(describePage('trivia', null, cloneFilm())).toBe(
      'Did you know? 3 pieces of trivia, goofs and quotes about Mask (1985).',
    )
  })

  it('says plainly when a film has none, rather than "0 pieces"', () => {
    expect(describePage('trivia', null, cloneFilm({ didYouKnow: [] }))).toBe(
      'No trivia, goofs or quotes are recorded for Mask (1985).',
    )
  })

  it('never follows a bracketed title with a bracketed year', () => {
    const film = cloneFilm({ title: 'Example Harbour Nights (a Sample)', year: 1962, cast: [] })
    expect(describePage('cast', null, film)).toBe(
      'No cast is recorded for Example Harbour Nights (a Sample), 1962.',
    )
  })

  it('describes an overview in one clean line, cut at a word when the storyline is long', () => {
    const storyline = [
      'Two dock workers in a fog-bound harbour town take on a smuggler.',
      'When a crate goes missing from the night shift, Jack Doyle is blamed.  With his sister Nora and an old harbour pilot, he sets out to find who took it.',
      'Nora, meanwhile, has her own reasons.',
    ]
    const description = describePage('overview', null, cloneFilm({ logline: null, storyline }))
    expect(description).toBe(
      'Two dock workers in a fog-bound harbour town take on a smuggler. When a crate goes missing from the night shift, Jack Doyle is blamed. With his sister Nora and…',
    )
    expect(description.length).toBeLessThanOrEqual(160)
  })
})

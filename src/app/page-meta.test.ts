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
})

import { GOOF_CATEGORIES, parseDidYouKnow } from './parse-did-you-know.ts'

const item = (...lines: string[]) =>
  parseDidYouKnow(lines.map((text, index) => ({ number: index + 1, text })))

describe('parseDidYouKnow', () => {
  it('reads a goof by its category, for every known category', () => {
    for (const category of GOOF_CATEGORIES) {
      expect(item(`${category}: Something is off.`)).toEqual({
        kind: 'goof',
        category,
        text: 'Something is off.',
      })
    }
  })

  it('reads a quote with a speaker and a qualifier', () => {
    expect(item('Rocky Dennis: [Poem] These things are good.')).toEqual({
      kind: 'quote',
      lines: [{ speaker: 'Rocky Dennis', qualifier: 'Poem', text: 'These things are good.' }],
    })
  })

  it('reads a dialogue of several speakers, joining wrapped lines', () => {
    expect(
      item(
        '[first lines]',
        'Nora Doyle: You never could lie to me.',
        'Jack Doyle: [smiling] I never had to.',
        'Not ever.',
      ),
    ).toEqual({
      kind: 'quote',
      lines: [
        { speaker: 'Nora Doyle', qualifier: 'first lines', text: 'You never could lie to me.' },
        { speaker: 'Jack Doyle', qualifier: 'smiling', text: 'I never had to. Not ever.' },
      ],
    })
  })

  it('reads everything else as trivia, a paragraph an item', () => {
    expect(
      item('Eric Stoltz spent so much time under heavy makeup.', 'Also, he had to show I.D.'),
    ).toEqual({
      kind: 'trivia',
      text: 'Eric Stoltz spent so much time under heavy makeup. Also, he had to show I.D.',
    })
    // A colon after ordinary words is not a speaker.
    expect(item('The budget: under a million dollars.').kind).toBe('trivia')
  })
})

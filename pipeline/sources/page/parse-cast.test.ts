import { parseCastLine } from './parse-cast.ts'

const cast = (text: string, strict = true) => parseCastLine({ number: 1, text }, strict)

describe('parseCastLine', () => {
  it.each([
    ["Cher - Florence 'Rusty' Dennis", 'Cher', "Florence 'Rusty' Dennis", null],
    ["Eric Stoltz - Roy L.'Rocky' Dennis", 'Eric Stoltz', "Roy L.'Rocky' Dennis", null],
    ['Kelly Jo Minter - Lorrie (as Kelly Minter)', 'Kelly Jo Minter', 'Lorrie', 'as Kelly Minter'],
    [
      'Dara Ní Bhriain - Customs Officer / Radio Announcer',
      'Dara Ní Bhriain',
      'Customs Officer / Radio Announcer',
      null,
    ],
    [
      "Renée St. John-Smythe - Fisherman's Wife (uncredited)",
      'Renée St. John-Smythe',
      "Fisherman's Wife",
      'uncredited',
    ],
    [
      'Björn Åkesson - The Voice (voice) (uncredited)',
      'Björn Åkesson',
      'The Voice',
      'voice, uncredited',
    ],
    ['Harry Carey Jr. - Red', 'Harry Carey Jr.', 'Red', null],
    ['Marco dos Santos - Dr. Vance Jr.', 'Marco dos Santos', 'Dr. Vance Jr.', null],
    ['Joe Unger - 1st Boyfriend', 'Joe Unger', '1st Boyfriend', null],
    ['Jane Doe - (uncredited)', 'Jane Doe', null, 'uncredited'],
  ])('reads %s', (text, actor, character, note) => {
    expect(cast(text)).toEqual({ actor, character, note })
  })

  it('does not take a sentence with dashes for a credit', () => {
    expect(cast('Rusty Dennis - the mother of Rocky - is a no-nonsense woman.')).toBeNull()
    expect(cast('A woman - who lost everything - fights back')).toBeNull()
  })

  it('among other credits, accepts a lower-case name and a name with no role', () => {
    expect(cast('k.d. lang - Singer', false)).toEqual({
      actor: 'k.d. lang',
      character: 'Singer',
      note: null,
    })
    expect(cast('Sam Sample', false)).toEqual({ actor: 'Sam Sample', character: null, note: null })
    expect(cast('Sam Sample', true)).toBeNull()
  })
})

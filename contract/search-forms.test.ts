import fc from 'fast-check'
import { allForms, queryForm, wordForms } from './search-forms.ts'
import { indexTerms, searchWords } from './search-text.ts'

/**
 * The forms never make a query match less: whatever form of a title's word
 * is typed (numeral, number word, Roman numeral, abbreviation or the word
 * itself), the index holds it, and the plain words are all still there.
 */
const FORMED = [
  '9',
  'nine',
  'ii',
  '2',
  'two',
  'blvd',
  'boulevard',
  'st',
  'saint',
  'street',
  'dr',
  'doctor',
  'mr',
  'mister',
  'vs',
  'versus',
  'xx',
  '20',
]
const word = fc.oneof(fc.constantFrom(...FORMED), fc.stringMatching(/^[a-z0-9]{1,8}$/))
const title = fc.array(word, { minLength: 1, maxLength: 6 }).map((words) => words.join(' '))

describe('the forms of a word', () => {
  it('finds a title by any form of any of its words, and by its plain words', () => {
    fc.assert(
      fc.property(title, fc.nat(), (text, pick) => {
        const terms = new Set(indexTerms(text, allForms))
        for (const each of searchWords(text)) {
          expect(terms.has(each)).toBe(true)
          const forms = wordForms(each)
          const typed = forms[pick % forms.length] as string
          expect(terms.has(queryForm(typed))).toBe(true)
        }
      }),
    )
  })

  it('keeps a word with no other form as it is, and itself first', () => {
    fc.assert(
      fc.property(word, (each) => {
        expect(wordForms(each)[0]).toBe(each)
        expect(allForms([each])).toEqual(expect.arrayContaining([each]))
      }),
    )
  })

  it('tells numbers, Roman numerals and abbreviations apart from other words', () => {
    expect(wordForms('2')).toEqual(['2', 'two', 'ii'])
    expect(wordForms('ii')).toEqual(['ii', '2', 'two'])
    expect(wordForms('st')).toEqual(['st', 'saint', 'street'])
    expect(wordForms('i')).toEqual(['i'])
    expect(queryForm('9')).toBe('nine')
    expect(queryForm('1917')).toBe('1917')
  })
})

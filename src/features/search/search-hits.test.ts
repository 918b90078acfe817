import type { FilmHit } from '../../../contract/search-engine.ts'
import { resultGroups } from './search-hits.ts'

const carmen = (id: string, distinction: string, names: string[]): FilmHit => ({
  kind: 'film',
  id,
  title: 'Carmen',
  year: 1915,
  distinction,
  names,
  score: 1,
})

describe('resultGroups', () => {
  it('names films of one title and year apart, the year and stars in the detail', () => {
    const [films] = resultGroups({
      query: 'carmen 1915',
      films: [
        carmen('carmen-1915-cecil-b-demille', 'Cecil B. DeMille', ['Geraldine Farrar']),
        carmen('carmen-1915-raoul-walsh', 'Raoul Walsh', ['Theda Bara']),
      ],
      people: [],
      together: null,
    })
    expect(films?.items.map((item) => [item.name, item.detail])).toEqual([
      ['Carmen (Cecil B. DeMille)', '1915 · with Geraldine Farrar'],
      ['Carmen (Raoul Walsh)', '1915 · with Theda Bara'],
    ])
  })
})

import { groupBy } from './group-by.ts'

describe('groupBy', () => {
  it('keeps each group in the order of the items, an item under every key it has', () => {
    const films = [
      { title: 'Mask', genres: ['Drama'] },
      { title: 'Moonstruck', genres: ['Comedy', 'Drama'] },
      { title: 'Documentary', genres: [] },
    ]
    const groups = groupBy(films, (film) => film.genres)
    expect([...groups.keys()]).toEqual(['Drama', 'Comedy'])
    expect(groups.get('Drama')?.map((film) => film.title)).toEqual(['Mask', 'Moonstruck'])
    expect(groups.get('Comedy')?.map((film) => film.title)).toEqual(['Moonstruck'])
  })
})

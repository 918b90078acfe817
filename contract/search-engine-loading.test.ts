import { createSearchEngine, type Shard } from './search-engine.ts'

// How the engine asks for its shards (issue 30): every shard a query needs
// at once, each once, so a query of several words costs one round trip,
// not one a word. The loader here answers only when told to.
function heldLoader() {
  const asked: string[] = []
  const answers: (() => void)[] = []
  const load = (key: string) => {
    asked.push(key)
    return new Promise<Shard | null>((resolve) => answers.push(() => resolve(null)))
  }
  const answerAll = () => answers.splice(0).forEach((answer) => answer())
  return { asked, load, answerAll }
}

const directory = { leaves: ['bo', 'ba', 'st', 'wa'], splits: [], stops: ['the'] }
const settle = () => new Promise((done) => setTimeout(done, 0))

describe('the search engine’s shard loading', () => {
  it('asks for the shards of every word of a query before any has come', async () => {
    const { asked, load, answerAll } = heldLoader()
    const engine = createSearchEngine(directory, load)
    const searching = engine.search('star wars')
    await settle()
    expect(asked.sort()).toEqual(['st', 'wa'])
    answerAll()
    await expect(searching).resolves.toEqual([])
  })

  it('asks once for a shard that a query and its two-people reading both need', async () => {
    const { asked, load, answerAll } = heldLoader()
    const engine = createSearchEngine(directory, load)
    const both = Promise.all([engine.search('bogart bacall'), engine.twoPeople('bogart bacall')])
    await settle()
    expect(asked.sort()).toEqual(['ba', 'bo'])
    answerAll()
    await expect(both).resolves.toEqual([[], null])
    expect(asked).toHaveLength(2)
  })
})

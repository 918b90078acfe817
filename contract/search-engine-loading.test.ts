import { createSearchEngine, TOP_SHARD_PAUSE_MS, type Shard } from './search-engine.ts'

// How the engine asks for its shards (issue 30): every shard a query needs
// at once, each once, so a query of several words costs one round trip,
// not one a word. The loader here answers only when told to.
function heldLoader() {
  const asked: string[] = []
  const stopped: string[] = []
  const answers: (() => void)[] = []
  const load = (key: string, signal: AbortSignal) => {
    asked.push(key)
    signal.addEventListener('abort', () => stopped.push(key))
    return new Promise<Shard | null>((resolve) => answers.push(() => resolve(null)))
  }
  const answerAll = () => answers.splice(0).forEach((answer) => answer())
  return { asked, stopped, load, answerAll }
}

const directory = { leaves: ['bo', 'ba', 'st', 'wa'], splits: [], stops: ['the'] }
/** "st" split one letter deeper: "st" alone has its top shard, "sta" its own. */
const deeper = { leaves: ['bo', 'sta', 'wa'], splits: ['st'], stops: [] }
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

  it('stops a shard that only a dropped query wanted once the next query asks for its own', async () => {
    vi.useFakeTimers()
    try {
      const { asked, stopped, load, answerAll } = heldLoader()
      const engine = createSearchEngine(deeper, load)
      const typed = new AbortController()
      const stale = engine.search('st', 20, typed.signal)
      // The reader stopped at "st": its top shard is asked for.
      await vi.advanceTimersByTimeAsync(TOP_SHARD_PAUSE_MS)
      expect(asked).toEqual(['st~'])
      // The reader types on: the query is dropped, its shard left loading
      // until the next query says what it needs ("sta" has a shard of its own).
      typed.abort(new Error('typed on'))
      await expect(stale).rejects.toThrow('typed on')
      expect(stopped).toEqual([])
      const current = engine.search('sta', 20, new AbortController().signal)
      expect(stopped).toEqual(['st~'])
      answerAll()
      await expect(current).resolves.toEqual([])
      expect(asked).toEqual(['st~', 'sta'])
    } finally {
      vi.useRealTimers()
    }
  })

  it('asks for no top shard of a word the reader types on within a moment', async () => {
    vi.useFakeTimers()
    try {
      const { asked, load, answerAll } = heldLoader()
      const engine = createSearchEngine(deeper, load)
      const typed = new AbortController()
      const stale = engine.search('st', 20, typed.signal)
      await vi.advanceTimersByTimeAsync(TOP_SHARD_PAUSE_MS / 2)
      typed.abort(new Error('typed on'))
      await expect(stale).rejects.toThrow('typed on')
      const current = engine.search('sta', 20, new AbortController().signal)
      await vi.advanceTimersByTimeAsync(0)
      answerAll()
      await expect(current).resolves.toEqual([])
      expect(asked).toEqual(['sta'])
      // A query no key can drop (the server's) asks at once.
      void engine.search('st')
      await vi.advanceTimersByTimeAsync(0)
      expect(asked).toEqual(['sta', 'st~'])
      answerAll()
    } finally {
      vi.useRealTimers()
    }
  })

  it('keeps loading, once, a shard that the next query needs too', async () => {
    const { asked, stopped, load, answerAll } = heldLoader()
    const engine = createSearchEngine(deeper, load)
    const typed = new AbortController()
    const stale = engine.search('sta', 20, typed.signal)
    await settle()
    typed.abort(new Error('typed on'))
    await expect(stale).rejects.toThrow('typed on')
    const current = engine.search('star w', 20, new AbortController().signal)
    await settle()
    answerAll()
    await expect(current).resolves.toEqual([])
    expect(stopped).toEqual([])
    expect(asked).toEqual(['sta'])
  })

  it('loads no top shard for a word that only filters another word’s matches', async () => {
    const { asked, load, answerAll } = heldLoader()
    const engine = createSearchEngine(deeper, load)
    // "st" alone has only its top shard, which holds its most notable
    // records: with "bogart" looked up in its own, "st" filters by the text.
    const searching = engine.search('bogart st')
    await settle()
    answerAll()
    await expect(searching).resolves.toEqual([])
    expect(asked).toEqual(['bo'])
    // Alone, it is looked up there.
    const alone = engine.search('st')
    await settle()
    answerAll()
    await expect(alone).resolves.toEqual([])
    expect(asked).toEqual(['bo', 'st~'])
  })

  it('never starts a shard for a query dropped before the engine asked', async () => {
    const { asked, load } = heldLoader()
    const engine = createSearchEngine(deeper, load)
    const typed = new AbortController()
    typed.abort(new Error('typed on'))
    await expect(engine.search('star wars', 20, typed.signal)).rejects.toThrow('typed on')
    expect(asked).toEqual([])
  })
})

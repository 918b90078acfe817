const loaded = vi.hoisted(() => ({ boundary: false }))

vi.mock('../data/fetch-film.ts', () => {
  loaded.boundary = true
  return {}
})

it('loads the data boundary once it has loaded itself, before any link is pointed at', async () => {
  await import('./warm-on-intent.ts')
  expect(loaded.boundary).toBe(false)
  await vi.waitFor(() => expect(loaded.boundary).toBe(true))
})

import { cutLongText, TEXT_LIMITS } from './text-limits.ts'

describe('cutLongText', () => {
  it('cuts each string over its field’s limit, and says where', () => {
    const film = {
      title: 'T'.repeat(TEXT_LIMITS.title + 1),
      cast: [{ actor: 'A'.repeat(TEXT_LIMITS.name + 5), character: 'Rusty' }],
      storyline: ['S'.repeat(TEXT_LIMITS.prose)],
      year: 1985,
    }
    const { value, cuts } = cutLongText(film)
    expect(value.title).toHaveLength(TEXT_LIMITS.title)
    expect(value.cast[0]?.actor).toHaveLength(TEXT_LIMITS.name)
    expect(value.storyline[0]).toHaveLength(TEXT_LIMITS.prose)
    expect(cuts).toEqual([
      { path: 'title', length: TEXT_LIMITS.title + 1, limit: TEXT_LIMITS.title },
      { path: 'cast.0.actor', length: TEXT_LIMITS.name + 5, limit: TEXT_LIMITS.name },
    ])
  })

  it('never cuts between the halves of a surrogate pair', () => {
    const { value } = cutLongText({ title: `${'T'.repeat(TEXT_LIMITS.title - 1)}😀😀` })
    expect(value.title).toBe('T'.repeat(TEXT_LIMITS.title - 1))
  })
})

import { readFileSync } from 'node:fs'
import { parsePage } from './page/parse-page.ts'
import { cleanPageFilm } from './clean-pages.ts'
import { TEXT_LIMITS } from './text-limits.ts'

const text = readFileSync('data/pages/mask-1985.txt', 'utf8')

describe('cleanPageFilm', () => {
  it('leaves a clean page as it is', () => {
    const film = parsePage(text, { title: 'Mask', source: 'mask-1985.txt' })
    expect(cleanPageFilm(film)).toEqual({ film, report: [] })
  })

  it('removes a bidi override from the title and a name, and reports each', () => {
    const film = parsePage(text.replace('Cher - ', 'Ch\u202Eer - '), {
      title: 'Mask\u202E',
      source: 'mask-1985.txt',
    })
    const { film: clean, report } = cleanPageFilm(film)
    expect(clean.title).toBe('Mask')
    expect(clean.cast[0]?.actor).toBe('Cher')
    expect(report.map((item) => [item.reason, item.text, item.source])).toEqual([
      [
        'invisible-characters-removed',
        'Mask<U+202E>',
        { file: 'mask-1985.txt', film: 'mask-1985' },
      ],
      [
        'invisible-characters-removed',
        'Ch<U+202E>er',
        { file: 'mask-1985.txt', film: 'mask-1985' },
      ],
    ])
  })

  it('cuts a text over its limit and reports where, never writing it whole', () => {
    const huge = 'A'.repeat(10 * 1024 * 1024)
    const film = parsePage(text, { title: huge, id: 'mask-1985', source: 'mask-1985.txt' })
    const { film: clean, report } = cleanPageFilm(film)
    expect(clean.title).toHaveLength(TEXT_LIMITS.title)
    expect(report).toEqual([
      expect.objectContaining({
        reason: 'text-cut',
        text: 'title',
        detail: `${huge.length} characters cut to ${TEXT_LIMITS.title}`,
      }),
    ])
  })
})

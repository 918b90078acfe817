import { describe, expect, it } from 'vitest'
import { cspMetaTag } from '../../server/security-policy.ts'
import { renderBatch } from './render-batch.ts'
import { planPages } from './plan.ts'

const HASHES = { scripts: [], styles: [] }
const page = (body: string, extra = '') =>
  `<!doctype html><html><head><meta charset="UTF-8" />${cspMetaTag(HASHES)}${extra}</head><body><div id="root">${body}</div></body></html>`

const pages = planPages({
  films: ['good-1990', 'broken-1991', 'moved-1992'],
  people: [],
  catalogFiles: [],
})

describe('rendering a batch of the export', () => {
  it('writes each page it rendered, and names each that failed with the reason', async () => {
    const written = new Map<string, string>()
    const result = await renderBatch(
      pages,
      {
        render: (pathname) => {
          if (pathname.includes('broken')) return Promise.reject(new Error('no cast'))
          if (pathname.includes('moved')) return Promise.resolve({ redirect: '/films/good-1990' })
          return Promise.resolve(page('Good'))
        },
      },
      HASHES,
      (file, html) => {
        written.set(file, html)
        return Promise.resolve()
      },
    )
    expect([...written.keys()]).toEqual(['films/good-1990/index.html'])
    expect(written.get('films/good-1990/index.html')).toContain('<meta name="data-layout"')
    expect(result).toMatchObject({ rendered: 1 })
    expect(result.failures).toEqual([
      { pathname: '/films/broken-1991', message: 'no cast' },
      { pathname: '/films/moved-1992', message: 'it redirects to /films/good-1990' },
    ])
  })

  it('refuses a page whose inline code its policy does not allow', async () => {
    const result = await renderBatch(
      pages.slice(0, 1),
      { render: () => Promise.resolve(page('Good', '<script>alert(1)</script>')) },
      HASHES,
      () => Promise.resolve(),
    )
    expect(result.rendered).toBe(0)
    expect(result.failures[0]?.message).toMatch(
      /lacks 'sha256-.*' for the inline script "alert\(1\)/,
    )
  })
})

import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { RenderedPage } from '../src/entry-server.tsx'
import { pageHtml } from './page-html.ts'

const TEMPLATE = readFileSync('index.html', 'utf8')
const HOSTILE = [
  '</title><script>window.pwned = 1</script>',
  '<img src=x onerror="window.pwned = 1">',
  '"><script>window.pwned = 1</script>',
  "$& $' $` $1 $$",
  '</script><script>window.pwned = 1</script><!--',
  'line\u2028separator\u2029',
].join(' ')

function hostilePage(): RenderedPage {
  return {
    body: '<main><h1>A safe body</h1></main>',
    title: `Cast · ${HOSTILE}`,
    description: `A film about ${HOSTILE}`,
    payload: { queries: [{ title: HOSTILE }], router: { loaderData: {} } } as never,
    ownedParams: [],
  }
}

describe('pageHtml with markup in the film data', () => {
  const html = pageHtml(TEMPLATE, hostilePage(), ['/assets/entry.js', '/assets/core.js'])
  const doc = new DOMParser().parseFromString(html, 'text/html')

  it('adds no element the data spelled out', () => {
    const scripts = [...doc.querySelectorAll('script')].map(
      (script) => script.getAttribute('src') ?? script.getAttribute('type'),
    )
    expect(scripts).toEqual(['/boot.js', 'application/json'])
    expect(doc.querySelectorAll('img')).toHaveLength(0)
    expect(doc.querySelectorAll('title')).toHaveLength(1)
    expect(doc.querySelector('#root')?.innerHTML).toBe('<main><h1>A safe body</h1></main>')
  })

  it("leaves out the shell's note that the page needs JavaScript: its content is there", () => {
    expect(TEMPLATE).toContain('<noscript')
    expect(html).not.toContain('noscript')
    expect(html).not.toContain('needs JavaScript')
  })

  it('keeps the text as text in the title and the meta tags', () => {
    expect(doc.title).toBe(`Cast · ${HOSTILE}`)
    expect(doc.querySelector('meta[name="description"]')?.getAttribute('content')).toBe(
      `A film about ${HOSTILE}`,
    )
    expect(doc.querySelector('meta[property="og:title"]')?.getAttribute('content')).toBe(
      `Cast · ${HOSTILE}`,
    )
  })

  it('hands the data to the app unchanged', () => {
    const json = doc.querySelector('#hydration-data')?.textContent ?? ''
    expect(JSON.parse(json)).toEqual(hostilePage().payload)
  })

  it('does not splice the template into the page where the data holds "$&" or "$\'"', () => {
    expect(html.match(/<div id="root">/g)).toHaveLength(1)
    expect(html.match(/<!doctype html>/gi)).toHaveLength(1)
  })
})

describe('pageHtml and the params a view owns', () => {
  const meta = (owned: readonly string[]) =>
    new DOMParser()
      .parseFromString(pageHtml(TEMPLATE, hostilePage(), ['/assets/entry.js'], owned), 'text/html')
      .querySelector('meta[name="url-params"]')

  it('lists them for public/boot.js, which holds the view back only for those', () => {
    const pattern = new RegExp(meta(['kind', 'q'])?.getAttribute('content') ?? '$^')
    expect(pattern.test('?kind=goof')).toBe(true)
    expect(pattern.test('?utm_source=chat&q=dennis')).toBe(true)
    expect(pattern.test('?utm_source=chat')).toBe(false)
    expect(pattern.test('?kindly=1')).toBe(false)
  })

  it('adds no list for a view that owns none', () => {
    expect(meta([])).toBeNull()
  })
})

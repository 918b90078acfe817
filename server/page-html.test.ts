// @vitest-environment jsdom
// Parses the HTML it writes with the browser's DOMParser, as a browser would.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { RenderedPage } from '../src/entry-server.tsx'
import { notFoundHtml, pageHtml } from './page-html.ts'

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
    payload: {
      queries: [{ queryKey: ['films', 'detail', 'x-1999'], data: { title: HOSTILE } }],
      router: { loaderData: {} },
    } as never,
    ownedParams: [],
    canonicalUrl: 'https://films.example/films/x-1999/cast',
    ogType: 'video.movie',
    structuredData: { '@type': 'Movie', name: HOSTILE },
    dataFiles: ['/data/films/x-1999.json'],
    searchFiles: [],
  }
}

describe('pageHtml with markup in the film data', () => {
  const html = pageHtml(TEMPLATE, hostilePage(), ['/assets/entry.js', '/assets/core.js'])
  const doc = new DOMParser().parseFromString(html, 'text/html')

  it('adds no element the data spelled out', () => {
    const scripts = [...doc.querySelectorAll('script')].map(
      (script) => script.getAttribute('src') ?? script.getAttribute('type'),
    )
    expect(scripts).toEqual(['application/ld+json', '/boot.js', 'application/json'])
    expect(doc.querySelectorAll('img')).toHaveLength(0)
    expect(doc.querySelectorAll('title')).toHaveLength(1)
    expect(doc.querySelector('#root')?.innerHTML).toBe('<main><h1>A safe body</h1></main>')
  })

  it("leaves out the shell's note that the page needs JavaScript: its content is there", () => {
    expect(TEMPLATE).toContain('<p class="noscript">')
    expect(html).not.toContain('class="noscript"')
    expect(html).not.toContain('needs JavaScript')
  })

  it('keeps the links the head holds for after the paint, or for a reader without scripts', () => {
    expect(html).toMatch(/<noscript><link rel="manifest" href="\/manifest.webmanifest" \/>/)
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

  it('keeps the structured data a data block that reads back unchanged', () => {
    const block = doc.querySelector('script[type="application/ld+json"]')
    expect(block?.textContent).not.toContain('<')
    expect(JSON.parse(block?.textContent ?? '')).toEqual(hostilePage().structuredData)
  })

  it('names the page by its canonical URL and Open Graph type', () => {
    const url = 'https://films.example/films/x-1999/cast'
    expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(url)
    expect(doc.querySelector('meta[property="og:url"]')?.getAttribute('content')).toBe(url)
    expect(doc.querySelector('meta[property="og:type"]')?.getAttribute('content')).toBe(
      'video.movie',
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

describe('pageHtml and the data files a page was rendered from', () => {
  const page = (): RenderedPage => ({
    ...hostilePage(),
    payload: {
      queries: [
        {
          queryKey: ['films', 'detail', 'x-1999'],
          data: { id: 'x-1999' },
          file: '/data/films/x-1999.json',
          length: 15,
        },
        { queryKey: ['search', 'x'], data: { hits: [] } },
      ],
      router: { loaderData: {} },
    },
  })
  const payloadOf = (html: string) =>
    JSON.parse(
      new DOMParser().parseFromString(html, 'text/html').querySelector('#hydration-data')
        ?.textContent ?? '',
    ) as unknown

  it('names a file whose JSON is the data rather than carry it, and carries the rest', () => {
    expect(payloadOf(pageHtml(TEMPLATE, page(), ['/assets/entry.js']))).toEqual({
      queries: [
        { queryKey: ['films', 'detail', 'x-1999'], file: '/data/films/x-1999.json', length: 15 },
        { queryKey: ['search', 'x'], data: { hits: [] } },
      ],
      router: { loaderData: {} },
    })
  })

  it('carries every query’s data for the static export, whose files are packed', () => {
    const html = pageHtml(TEMPLATE, page(), ['/assets/entry.js'], [], { inlineData: true })
    expect(payloadOf(html)).toEqual({
      queries: [
        { queryKey: ['films', 'detail', 'x-1999'], data: { id: 'x-1999' } },
        { queryKey: ['search', 'x'], data: { hits: [] } },
      ],
      router: { loaderData: {} },
    })
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

describe("pageHtml with a kind of page's own style", () => {
  const template = TEMPLATE.replace(
    '<meta charset="UTF-8" />',
    '<meta charset="UTF-8" /><meta http-equiv="Content-Security-Policy" content="style-src \'self\' \'sha256-whole\'" /><style>.whole{}</style>',
  )
  const style = {
    css: '.own{color:red}',
    policy:
      '<meta http-equiv="Content-Security-Policy" content="style-src \'self\' \'sha256-own\'" />',
  }
  const html = pageHtml(template, hostilePage(), ['/assets/entry.js'], [], { style })

  it('holds its own rules in place of the whole stylesheet, and the policy that allows them', () => {
    expect(html).toContain('<style>.own{color:red}</style>')
    expect(html).not.toContain('.whole')
    expect(html).toContain('sha256-own')
    expect(html).not.toContain('sha256-whole')
  })
})

describe('notFoundHtml', () => {
  const html = notFoundHtml(TEMPLATE)

  it('titles the page and tells a reader without JavaScript what is wrong', () => {
    expect(html).toContain('<title>Page not found · Film Explorer</title>')
    const note = /<noscript\s*>\s*<p[\s\S]*?<\/noscript/.exec(html)?.[0] ?? ''
    expect(note).toContain('There is no page at this address.')
    expect(note).toContain('<a href="/">browse the films</a>')
    expect(note).not.toContain('needs JavaScript')
  })

  it('keeps the app, which shows the not-found view its route calls for', () => {
    expect(html).toContain('<div id="root"></div>')
    expect(html).toContain('<script type="module"')
  })

  it('refuses a shell without the note it replaces', () => {
    expect(() => notFoundHtml('<title>x</title>')).toThrow(/noscript/)
  })
})

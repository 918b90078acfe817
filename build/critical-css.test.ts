import { describe, expect, it } from 'vitest'
import { criticalCss, missingRules, stripState } from './critical-css.ts'

const page = (body: string, head = '') =>
  `<!doctype html><html><head>${head}</head><body>${body}</body></html>`

describe('stripState', () => {
  it.each([
    ['a:hover', 'a'],
    ['.tab[aria-current=page]:focus-visible', '.tab[aria-current=page]'],
    ['.x::before', '.x'],
    ['::selection', '*'],
    ['ul > :focus-within', 'ul > *'],
    ['.a:not(:hover) .b', '.a .b'],
    ['.a:not(.b)', '.a:not(.b)'],
    ['li:nth-child(2n+1)', 'li:nth-child(2n+1)'],
    [':root[data-theme="dark"] .x:hover', ':root[data-theme="dark"] .x'],
    ['a[href^="a:b"]:visited', 'a[href^="a:b"]'],
  ])('reads %s as %s', (selector, stripped) => {
    expect(stripState(selector)).toBe(stripped)
  })
})

describe('criticalCss', () => {
  const css = [
    ':root{--bg:#fff}',
    ':root[data-theme=dark]{color-scheme:dark}',
    'body{margin:0}',
    '.card{padding:1rem}',
    '.card:hover{outline:1px solid}',
    '.card::after{content:""}',
    '.menu{display:grid}',
    '.menu-item:focus-visible{outline:2px solid}',
    '.a,.menu{gap:1px}',
    '@media (max-width:30rem){.card{padding:0}.menu{gap:0}}',
    '@media (prefers-color-scheme:dark){:root{--bg:#000}}',
    'html[data-url-state=pending] [data-url-view]{visibility:hidden;animation:late 0s 3s forwards}',
    '@keyframes late{to{visibility:visible}}',
    '@keyframes spin{to{rotate:1turn}}',
    '@font-face{font-family:x;src:url(/x.woff2)}',
  ].join('')

  it('keeps what the page matches, in any state, and leaves the rest', () => {
    const kept = criticalCss(css, [page('<div class="card">x</div>')])
    expect(kept).toBe(
      [
        ':root{--bg:#fff}',
        ':root[data-theme=dark]{color-scheme:dark}',
        'body{margin:0}',
        '.card{padding:1rem}',
        '.card:hover{outline:1px solid}',
        '.card::after{content:""}',
        '@media (max-width:30rem){.card{padding:0}}',
        '@media (prefers-color-scheme:dark){:root{--bg:#000}}',
        '@font-face{font-family:x;src:url(/x.woff2)}',
      ].join(''),
    )
  })

  it('keeps a rule any sample needs, whole, with its selector list as written', () => {
    const kept = criticalCss(css, [page('<p>x</p>'), page('<nav class="menu"></nav>')])
    expect(kept).toContain('.menu{display:grid}')
    expect(kept).toContain('.a,.menu{gap:1px}')
    expect(kept).toContain('@media (max-width:30rem){.menu{gap:0}}')
    expect(kept).not.toContain('.menu-item')
    expect(kept).not.toContain('.card')
  })

  it('keeps the pending state public/boot.js sets, and the keyframes it animates with', () => {
    const kept = criticalCss(css, [page('<main data-url-view="">x</main>')])
    expect(kept).toContain('html[data-url-state=pending] [data-url-view]{')
    expect(kept).toContain('@keyframes late{')
    expect(kept).not.toContain('@keyframes spin')
  })

  it('keeps a rule whose selector it cannot test rather than lose it', () => {
    expect(criticalCss('li:nth-child(bogus){color:red}', [page('')])).toBe(
      'li:nth-child(bogus){color:red}',
    )
  })
})

describe('missingRules', () => {
  const css = '.a{color:red}.b{color:blue}@media (min-width:1px){.b{margin:0}}'

  it('names each rule a page can use that its inline style lacks', () => {
    const html = page('<p class="a"></p><p class="b"></p>')
    expect(missingRules(css, '.a{color:red}', html)).toEqual([
      '.b{color:blue}',
      '@media (min-width:1px) .b{margin:0}',
    ])
    expect(missingRules(css, criticalCss(css, [html]), html)).toEqual([])
  })
})

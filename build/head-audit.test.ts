import { contentSecurityPolicy, cspMetaTag, inlineHash } from '../server/security-policy.ts'
import { auditPage, metaPolicy } from './head-audit.ts'

const BOOT = 'document.documentElement.dataset.theme="dark"'
const CSS = 'body{margin:0}'
const hashes = { scripts: [inlineHash(BOOT)], styles: [inlineHash(CSS)] }
const page = (head: string, body = '') =>
  `<!doctype html><html><head>${cspMetaTag(hashes)}${head}</head><body>${body}</body></html>`
const audit = (html: string) =>
  auditPage(html, [contentSecurityPolicy(hashes), metaPolicy(html) ?? ''])

describe('auditPage', () => {
  it('passes a page whose inline script and style the policy names, and whose scripts wait', () => {
    const html = page(
      `<script>${BOOT}</script><style>${CSS}</style><script type="module" src="/a.js"></script>` +
        '<script defer src="/b.js"></script><script async src="/c.js"></script>' +
        '<script type="application/ld+json">{"@type":"Movie"}</script>' +
        '<noscript><link rel="stylesheet" href="/s.css"></noscript>',
    )
    expect(audit(html)).toEqual([])
  })

  it('reads the meta tag’s policy', () => {
    expect(metaPolicy(page(''))).toContain(`script-src 'self' ${inlineHash(BOOT)}`)
  })

  it.each([
    ['a classic script', '<script src="/boot.js"></script>', /\/boot\.js blocks the paint/],
    ['a stylesheet', '<link rel="stylesheet" crossorigin href="/s.css">', /\/s\.css blocks/],
    ['an inline script the policy lacks', '<script>alert(1)</script>', /lacks 'sha256-/],
    ['an inline style the policy lacks', '<style>p{color:red}</style>', /lacks 'sha256-/],
    ['a changed boot script', `<script>${BOOT};</script>`, /lacks 'sha256-/],
  ])('finds %s', (_, head, problem) => {
    const problems = audit(page(`<script>${BOOT}</script>${head}`))
    expect(problems.length).toBeGreaterThan(0)
    expect(problems.join('\n')).toMatch(problem)
  })

  it('finds a stylesheet in the body too, and a policy that allows any inline script', () => {
    expect(audit(page('', '<link rel="stylesheet" href="/late.css">'))).toEqual([
      'the stylesheet /late.css blocks the paint',
    ])
    const lax = "default-src 'self'; script-src 'self' 'unsafe-inline'"
    expect(auditPage(page(`<script>${BOOT}</script>`), [lax])).toEqual([
      "policy 1 allows 'unsafe-inline' in script-src",
    ])
  })

  it('finds a page with no policy at all', () => {
    expect(auditPage('<html><head></head></html>', [])).toEqual(['no Content-Security-Policy'])
  })
})

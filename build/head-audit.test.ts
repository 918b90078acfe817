import { contentSecurityPolicy, cspMetaTag, inlineHash } from '../server/security-policy.ts'
import { auditPage, metaPolicy } from './head-audit.ts'

const BOOT = 'document.head.insertAdjacentHTML("beforeend","<link rel=manifest href=/m>")'
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
        '<noscript><link rel="stylesheet" href="/s.css"></noscript>' +
        '<link rel="icon" href="data:image/svg+xml,%3Csvg%3E%3C/svg%3E">' +
        '<template><link rel="modulepreload" href="/later.js"></template>',
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
    [
      'a manifest',
      '<link rel="manifest" href="/app.webmanifest">',
      /manifest \/app\.webmanifest is fetched/,
    ],
    ['an icon file', '<link rel="icon" href="/favicon.svg">', /icon \/favicon\.svg is fetched/],
    [
      'a preloaded script',
      '<link rel="modulepreload" href="/a.js">',
      /modulepreload \/a\.js is fetched/,
    ],
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

  it('lets the shell preload its scripts, which it needs before it paints, but no manifest', () => {
    const head = `<script>${BOOT}</script><link rel="modulepreload" href="/app.js">`
    expect(auditPage(page(head), [contentSecurityPolicy(hashes)], { shell: true })).toEqual([])
    expect(
      auditPage(page(`${head}<link rel="manifest" href="/m">`), [contentSecurityPolicy(hashes)], {
        shell: true,
      }),
    ).toEqual(['the manifest /m is fetched beside the document: link it after the paint'])
  })

  it('finds a page with no policy at all', () => {
    expect(auditPage('<html><head></head></html>', [])).toEqual(['no Content-Security-Policy'])
  })
})

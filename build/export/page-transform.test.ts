// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'
import { packOf } from '../../contract/packed-data.ts'
import { cspMetaTag, inlineHash } from '../../server/security-policy.ts'
import { exportPage, TAB_SCRIPT } from './page-transform.ts'

const HASHES = { scripts: ["'sha256-boot='"], styles: ["'sha256-style='"] }

const page = `<head>
    <meta charset="UTF-8" />
    ${cspMetaTag(HASHES)}
    <link rel="canonical" href="https://films.example/films/mask-1985" />
    <meta name="page-data" content="/data/films/mask-1985.json /data/catalog/title/1.json" />
</head>
<body><div id="root"></div><script type="application/json" id="hydration-data">{}</script>
</body>`

describe("an export's page", () => {
  it('says its data is packed and lists the packs that hold its files', () => {
    const html = exportPage(page, HASHES)
    expect(html).toContain('<meta name="data-layout" content="packed" />')
    expect(html).toContain(
      `content="/${packOf('data/films/mask-1985.json')?.file} /data/catalog/title/1.json"`,
    )
  })

  it('carries the tab script, allowed by its hash beside the build’s', () => {
    const html = exportPage(page, HASHES)
    expect(html).toContain(`<script>${TAB_SCRIPT}</script>`)
    expect(html).toContain(`script-src 'self' 'sha256-boot=' ${inlineHash(TAB_SCRIPT)};`)
  })

  it('allows its own inline style alone, as the build’s page does', () => {
    const styled = page.replace('</head>', '<style>.own{}</style></head>')
    const html = exportPage(styled, { ...HASHES, styles: ["'sha256-style='", "'sha256-other='"] })
    expect(html).toContain(`style-src 'self' ${inlineHash('.own{}')};`)
    expect(html).not.toContain('sha256-other=')
  })

  it('refuses a page it cannot mark', () => {
    expect(() => exportPage('<head></head>', HASHES)).toThrow('no <meta charset')
  })
})

describe('the tab script', () => {
  const run = (path: string) => {
    document.head.innerHTML = '<link rel="canonical" href="https://films.example/films/mask-1985">'
    document.body.innerHTML = '<script type="application/json" id="hydration-data">{}</script>'
    window.history.replaceState(null, '', path)
    new Function(TAB_SCRIPT)()
    return document.getElementById('hydration-data') !== null
  }

  it('keeps the hydration data on the page’s own path, with or without a trailing slash', () => {
    expect(run('/films/mask-1985')).toBe(true)
    expect(run('/films/mask-1985/?q=x')).toBe(true)
  })

  it("drops it on another tab's path, so the app renders that tab afresh", () => {
    expect(run('/films/mask-1985/cast')).toBe(false)
  })
})

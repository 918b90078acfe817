import { describe, expect, it } from 'vitest'
import { packOf } from '../../contract/packed-data.ts'
import { exportPage } from './page-transform.ts'

const page = `<head>
    <meta charset="UTF-8" />
    <meta name="page-data" content="/data/films/mask-1985.json /data/catalog/title/1.json" />
</head>`

describe("an export's page", () => {
  it('says its data is packed and lists the packs that hold its files', () => {
    const html = exportPage(page)
    expect(html).toContain('<meta name="data-layout" content="packed" />')
    expect(html).toContain(
      `content="/${packOf('data/films/mask-1985.json')?.file} /data/catalog/title/1.json"`,
    )
  })

  it('refuses a page it cannot mark', () => {
    expect(() => exportPage('<head></head>')).toThrow('no <meta charset')
  })
})

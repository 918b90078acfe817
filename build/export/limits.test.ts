import { describe, expect, it } from 'vitest'
import { checkHostFiles, checkLimits } from './limits.ts'
import type { TreeStats } from './tree.ts'

const tree = (overrides: Partial<TreeStats>): TreeStats => ({
  files: 10,
  bytes: 1000,
  filesPerFolder: new Map([['.', 10]]),
  entriesPerFolder: new Map([['.', 10]]),
  largeFiles: new Map(),
  largest: { path: 'index.html', bytes: 100 },
  ...overrides,
})

describe('the host limits', () => {
  it('pass a small export', () => {
    expect(checkLimits(tree({}))).toEqual([])
  })

  it('name the folder, the limit and the host when a folder is too full', () => {
    const breaches = checkLimits(
      tree({ files: 12_000, filesPerFolder: new Map([['data/films', 12_000]]) }),
    )
    expect(breaches.filter((breach) => breach.required).map((breach) => breach.message)).toEqual([
      "data/films/: 12,000 files, over every host (the export’s own rule)'s limit of 10,000 files in a folder",
    ])
  })

  it('fail an export of too many files for Cloudflare, or a file over its 25 MiB', () => {
    const breaches = checkLimits(
      tree({ files: 100_001, largeFiles: new Map([['data/huge.json', 26 * 1024 * 1024]]) }),
    )
    const required = breaches.filter((breach) => breach.required)
    expect(required.map((breach) => breach.where)).toEqual(['the whole export', 'data/huge.json'])
    expect(required.every((breach) => breach.host.includes('Cloudflare'))).toBe(true)
  })

  it('say which hosts a large export does not fit, without failing it', () => {
    const breaches = checkLimits(tree({ files: 50_000, bytes: 2e9 }))
    expect(breaches.every((breach) => !breach.required)).toBe(true)
    expect(breaches.map((breach) => breach.host)).toEqual([
      'Cloudflare Pages (free plan)',
      'Vercel (CLI)',
      'GitHub Pages',
    ])
  })
})

describe("Cloudflare's limits on the host files", () => {
  it('pass the few rules the export writes', () => {
    expect(
      checkHostFiles('/*\n  X-A: b\n/assets/*\n  Cache-Control: x\n', '/a/:id /b 200\n/c /d 308\n'),
    ).toEqual([])
  })

  it('fail over 100 dynamic redirects or 100 header rules, naming the file', () => {
    const redirects = Array.from({ length: 101 }, (_, i) => `/f${i}/:id /g 200`).join('\n')
    const headers = Array.from({ length: 101 }, (_, i) => `/p${i}/*\n  X-A: b`).join('\n')
    expect(checkHostFiles(headers, redirects).map((breach) => breach.message)).toEqual([
      "_headers: 101 rules, over Cloudflare Pages's limit of 100 rules",
      "_redirects: 101 dynamic rules, over Cloudflare Pages's limit of 100 dynamic rules",
    ])
  })

  it('fail a header line over 2,000 characters', () => {
    const [breach] = checkHostFiles(`/*\n  Content-Security-Policy: ${'x'.repeat(2_000)}\n`, '')
    expect(breach?.message).toMatch(/^_headers: a line of 2,0\d\d, over Cloudflare Pages's limit/)
  })
})

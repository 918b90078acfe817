import { describe, expect, it } from 'vitest'
import { checkLimits } from './limits.ts'
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

import { describe, expect, it } from 'vitest'
import { copiedFromDist } from './export-site.ts'

describe('what the export copies from the build', () => {
  it('keeps the code, the search index, the catalog’s data and the host-neutral files', () => {
    for (const path of [
      'assets/core-abc.js',
      'data/search/807fa9a5621f/ab.json',
      'data/search/manifest.json',
      'data/catalog/title/2.json',
      'sw.js',
      'sitemap.xml',
    ]) {
      expect(copiedFromDist(path), path).toBe(true)
    }
  })

  it('leaves out the compressed copies, the per-id data, the pages it renders anew and the server’s files', () => {
    for (const path of [
      'assets/core-abc.js.br',
      'data/catalog/title/2.json.gz',
      'data/films/mask-1985.json',
      'data/people',
      'films/mask-1985/cast/index.html',
      'catalog/year/1/index.html',
      'index.html',
      'shell.html',
      'inline-hashes.json',
      '.vite/manifest.json',
    ]) {
      expect(copiedFromDist(path), path).toBe(false)
    }
  })
})

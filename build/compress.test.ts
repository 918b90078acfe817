import { constants } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { brotliQuality } from './compress.ts'

describe('brotliQuality', () => {
  it('gives the hashed assets and the prerendered pages the highest level', () => {
    expect(brotliQuality('assets/core-abc123.js')).toBe(constants.BROTLI_MAX_QUALITY)
    expect(brotliQuality('index.html')).toBe(constants.BROTLI_MAX_QUALITY)
    expect(brotliQuality('films/mask-1985/cast.html')).toBe(constants.BROTLI_MAX_QUALITY)
  })

  it('gives the tens of thousands of data files a fast level', () => {
    expect(brotliQuality('data/films/mask-1985.json')).toBe(5)
    expect(brotliQuality('sitemap-films-1.xml')).toBe(5)
  })
})

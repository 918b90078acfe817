/** The files the build precompresses (build/compress.ts) and the server negotiates. */
export const COMPRESSIBLE = /\.(?:js|css|html|json|svg|txt|xml|webmanifest)$/

/** The codings the build writes, as file suffixes, in the order we prefer them. */
export const CODINGS = [
  { name: 'br', suffix: '.br' },
  { name: 'gzip', suffix: '.gz' },
] as const

export type Coding = (typeof CODINGS)[number]
